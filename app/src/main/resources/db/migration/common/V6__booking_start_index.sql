-- Bookings overlapping a span start at most a day before it (Booking.MAX_LENGTH): an index on the
-- start alone answers "who is busy around this date" for many employees at once with one range.
CREATE INDEX booking_start ON booking (starts_at);
