-- Booking statuses beyond active and cancelled (see BookingStatus): confirmed by the client, a no-show
-- marked by the owner, completed (read from the end time, not written by the app, but allowed here),
-- and who cancelled and why. Existing 'active' and 'cancelled' rows stay valid as they are.
ALTER TABLE booking DROP CONSTRAINT booking_status_check;
ALTER TABLE booking ADD CONSTRAINT booking_status_check
    CHECK (status IN ('active', 'confirmed', 'completed', 'no_show', 'cancelled'));

ALTER TABLE booking ADD COLUMN confirmed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE booking ADD COLUMN no_show_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE booking ADD COLUMN cancelled_by VARCHAR(8) CHECK (cancelled_by IN ('client', 'owner'));
ALTER TABLE booking ADD COLUMN cancel_reason VARCHAR(500);

-- Webhooks tell of a confirmation and a no-show too.
ALTER TABLE webhook_outbox DROP CONSTRAINT webhook_outbox_event_check;
ALTER TABLE webhook_outbox ADD CONSTRAINT webhook_outbox_event_check CHECK (event IN
    ('booking.created', 'booking.moved', 'booking.cancelled', 'booking.confirmed', 'booking.no_show'));

-- A confirmed booking holds its time as an active one does, so the exclusion constraint covers both.
-- Only the constraint's predicate changes: its range is kept as the earlier migrations defined it
-- (V2, and any later one that widened it, such as buffers around a visit), read back from the catalog.
DO $$
DECLARE
    definition text;
BEGIN
    SELECT pg_get_constraintdef(oid) INTO STRICT definition
    FROM pg_constraint WHERE conname = 'booking_no_overlap' AND conrelid = 'booking'::regclass;
    definition := regexp_replace(definition, 'WHERE \(.*\)$', $w$WHERE (status IN ('active', 'confirmed'))$w$);
    EXECUTE 'ALTER TABLE booking DROP CONSTRAINT booking_no_overlap';
    EXECUTE 'ALTER TABLE booking ADD CONSTRAINT booking_no_overlap ' || definition;
END
$$;
