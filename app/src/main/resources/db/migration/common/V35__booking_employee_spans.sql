-- Every dates, times and booking turn reads employees' busy spans over a range of starts (JdbcBookingData: employee,
-- start range, status, busy_from, busy_to). With only (employee_id, starts_at) indexed, each row read was a visit to
-- the table's page holding it, and bookings made in random order of date spread one employee's over every page. With
-- the columns it reads in the index as well, PostgreSQL answers from the index alone once the table's pages are marked
-- all-visible (by a vacuum: autovacuum's, or TableStatistics' where autovacuum is off). Six employees' fortnight: 268
-- pages read before and 21 with it (EXPLAIN, 10,000 bookings); 1.7-2.1 ms a read before and 0.9-1.2 ms with it (200
-- reads from psql, on the 7,700 bookings of a chat bench's calendar). Issue 14; bench/README.md.
CREATE INDEX booking_employee_span ON booking (employee_id, starts_at, busy_from, busy_to, status);
DROP INDEX booking_employee_time;
