-- The database itself keeps a start held for a client from the waitlist from anyone else, as V2 and V12.1 keep
-- bookings from overlapping, so that even a bug in the locking above it cannot book another client into a hold:
--   * two holds of one employee never overlap (an exclusion constraint, as for bookings);
--   * a booking that holds its time (active, confirmed) never overlaps another client's hold, and a hold never
--     overlaps such a booking (triggers: a constraint across two tables). They run under the employee's row
--     lock that every writer takes first, so what they read is what the lock holder decided on.
ALTER TABLE waitlist_hold
    ADD CONSTRAINT waitlist_hold_no_overlap
    EXCLUDE USING gist (employee_id WITH =, tstzrange(busy_from, busy_to) WITH &&);

CREATE FUNCTION booking_not_over_a_hold() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status IN ('active', 'confirmed') AND EXISTS (
            SELECT 1 FROM waitlist_hold h
            WHERE h.employee_id = NEW.employee_id AND h.client_id <> NEW.client_id
              AND tstzrange(h.busy_from, h.busy_to) && tstzrange(NEW.busy_from, NEW.busy_to)) THEN
        RAISE EXCEPTION 'booking violates "waitlist_hold_not_booked": a start held for another client from the waitlist (employee %, % .. %)',
            NEW.employee_id, NEW.busy_from, NEW.busy_to
            USING ERRCODE = 'exclusion_violation', CONSTRAINT = 'waitlist_hold_not_booked';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER booking_not_over_a_hold
    BEFORE INSERT OR UPDATE OF employee_id, client_id, status, busy_from, busy_to ON booking
    FOR EACH ROW EXECUTE FUNCTION booking_not_over_a_hold();

-- Bookings are found by their start first (the index): a visit lasts at most a day and its buffers reach at most
-- 12 hours, so one whose busy span meets the hold starts less than 36 hours from it.
CREATE FUNCTION hold_not_over_a_booking() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (
            SELECT 1 FROM booking b
            WHERE b.employee_id = NEW.employee_id AND b.status IN ('active', 'confirmed')
              AND b.starts_at < NEW.busy_to + interval '36 hours' AND b.starts_at > NEW.busy_from - interval '36 hours'
              AND tstzrange(b.busy_from, b.busy_to) && tstzrange(NEW.busy_from, NEW.busy_to)) THEN
        RAISE EXCEPTION 'waitlist_hold violates "waitlist_hold_not_booked": the time is booked (employee %, % .. %)',
            NEW.employee_id, NEW.busy_from, NEW.busy_to
            USING ERRCODE = 'exclusion_violation', CONSTRAINT = 'waitlist_hold_not_booked';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER hold_not_over_a_booking
    BEFORE INSERT OR UPDATE ON waitlist_hold
    FOR EACH ROW EXECUTE FUNCTION hold_not_over_a_booking();
