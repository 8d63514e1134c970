-- The database itself refuses two active bookings of one employee that overlap, so that even a bug
-- in the locking above it cannot store a double booking.
CREATE EXTENSION IF NOT EXISTS btree_gist;

ALTER TABLE booking
    ADD CONSTRAINT booking_no_overlap
    EXCLUDE USING gist (employee_id WITH =, tstzrange(starts_at, ends_at) WITH &&)
    WHERE (status = 'active');
