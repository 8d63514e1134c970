-- Two active bookings of one employee may not overlap with their buffers either: the exclusion
-- constraint of V2 now covers the busy span (which holds the visit), so even a bug in the locking
-- above it cannot store two visits whose buffers overlap.
ALTER TABLE booking DROP CONSTRAINT booking_no_overlap;

ALTER TABLE booking
    ADD CONSTRAINT booking_no_overlap
    EXCLUDE USING gist (employee_id WITH =, tstzrange(busy_from, busy_to) WITH &&)
    WHERE (status = 'active');
