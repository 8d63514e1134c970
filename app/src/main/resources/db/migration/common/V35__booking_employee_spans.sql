-- Every dates, times and booking turn reads employees' busy spans over a range of starts (JdbcBookingData: employee,
-- start range, status, busy_from, busy_to). With only (employee_id, starts_at) indexed, each row read was a visit to
-- the table's page holding it, and bookings made in random order of date spread one employee's over every page: a
-- fortnight of six employees' bookings on a full calendar read 268 pages (1.1 ms). With the columns it reads in the
-- index as well, PostgreSQL answers from the index alone once the table's pages are marked all-visible (by a vacuum:
-- autovacuum's, or TableStatistics' where autovacuum is off): 21 pages, 0.28 ms (issue 14; bench/README.md).
CREATE INDEX booking_employee_span ON booking (employee_id, starts_at, busy_from, busy_to, status);
DROP INDEX booking_employee_time;
