-- PostgreSQL's V34 keeps dialog variables compressed with lz4 in the row itself; H2 stores them as they come. The
-- version number stays aligned with PostgreSQL's V34.
COMMENT ON COLUMN dialog.variables IS 'the dialog''s variables as JSON, rewritten by every turn; kept in the row (V34)';
