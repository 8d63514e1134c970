-- H2 has no exclusion constraints: as for bookings (V2, V12.1), the employee's row lock taken by every
-- transaction that books, moves, cancels or holds a start is the guard, and the checks under it read the
-- holds (waitlist_hold) beside the bookings. The version number stays aligned with PostgreSQL's V20.
COMMENT ON TABLE waitlist_hold IS 'starts held for the waitlist; bookings over another client''s hold are refused under the employee''s row lock';
