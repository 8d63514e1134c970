-- H2 has no exclusion constraints: as in V2, the employee's row lock taken by every booking
-- transaction is the guard, and the check under it reads the busy spans (busy_from, busy_to).
-- The version number stays aligned with PostgreSQL's V12.1.
COMMENT ON COLUMN booking.busy_from IS 'the visit''s start less its first service''s buffer; overlaps are refused under the employee''s row lock';
