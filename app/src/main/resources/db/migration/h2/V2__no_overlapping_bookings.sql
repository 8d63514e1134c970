-- H2 has no exclusion constraints: on H2 the employee's row lock taken by every booking
-- transaction is the guard. The version number stays aligned with PostgreSQL's V2.
CREATE INDEX booking_status ON booking (status);
