-- Booking rules of a branch and buffers of a service, all in minutes (the catalog writes them 90m, 2h, 7d).
-- Defaults keep what every branch did before: no notice, a year and a day ahead (366 days), no buffers.
ALTER TABLE company ADD COLUMN min_notice_minutes INT DEFAULT 0 NOT NULL;
ALTER TABLE company ADD COLUMN max_advance_minutes INT DEFAULT 527040 NOT NULL;
ALTER TABLE company ADD COLUMN cancel_notice_minutes INT DEFAULT 0 NOT NULL;
ALTER TABLE company ADD CONSTRAINT company_rules_not_negative
    CHECK (min_notice_minutes >= 0 AND max_advance_minutes >= 0 AND cancel_notice_minutes >= 0);

ALTER TABLE service ADD COLUMN buffer_before_minutes INT DEFAULT 0 NOT NULL;
ALTER TABLE service ADD COLUMN buffer_after_minutes INT DEFAULT 0 NOT NULL;
ALTER TABLE service ADD CONSTRAINT service_buffers_within_bounds
    CHECK (buffer_before_minutes BETWEEN 0 AND 720 AND buffer_after_minutes BETWEEN 0 AND 720);

-- The span a booking keeps its employee busy: the visit widened by its first service's buffer before
-- and its last one's after. Checks (and PostgreSQL's exclusion constraint, V12.1) use it, not the visit.
ALTER TABLE booking ADD COLUMN busy_from TIMESTAMP WITH TIME ZONE;
ALTER TABLE booking ADD COLUMN busy_to TIMESTAMP WITH TIME ZONE;
UPDATE booking SET busy_from = starts_at, busy_to = ends_at;
ALTER TABLE booking ALTER COLUMN busy_from SET NOT NULL;
ALTER TABLE booking ALTER COLUMN busy_to SET NOT NULL;
ALTER TABLE booking ADD CONSTRAINT booking_busy_holds_visit CHECK (busy_from <= starts_at AND busy_to >= ends_at);
