-- A dialog's variables (a few kilobytes of JSON for the demo bot) are read and rewritten on every turn. With
-- PostgreSQL's defaults a row over 2 kB is compressed with pglz and, still over 2 kB, moved out of line into the
-- TOAST table: each turn then paid for pglz both ways, two TOAST chunks written and the old ones deleted, and a TOAST
-- index lookup to read them back (issue 14: pglz_compress showed in the database's profile of a chat run).
--   * lz4 compresses several times faster than pglz, for a few percent more bytes. A server built without lz4
--     keeps pglz (the ALTER is skipped, not failed).
--   * Rows are compressed only above 4 kB and stay in the table's own page up to about that size compressed, so a
--     typical dialog is one row read and written in place, with no TOAST table in between.
-- Measured with pgbench on copies of a demo dialog's row (6.8 kB of variables; lock, rewrite, commit; 8 clients, 8 s):
-- 29,100-31,000 transactions with the defaults, 39,900-43,500 with this (bench/README.md).
DO $$
BEGIN
    EXECUTE 'ALTER TABLE dialog ALTER COLUMN variables SET COMPRESSION lz4';
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN
    RAISE NOTICE 'lz4 is not available on this server: dialog variables stay compressed with pglz';
END $$;
ALTER TABLE dialog SET (toast_tuple_target = 4096);
COMMENT ON COLUMN dialog.variables IS 'the dialog''s variables as JSON, rewritten by every turn; kept in the row (V34)';
