-- Booking statuses beyond active and cancelled (see BookingStatus): confirmed by the client, a no-show
-- marked by the owner, completed (read from the end time, not written by the app, but allowed here),
-- and who cancelled and why. Existing 'active' and 'cancelled' rows stay valid as they are.
--
-- H2 named V1's inline CHECK on status itself; dropping the column drops it, so the column is rebuilt.
ALTER TABLE booking ADD COLUMN new_status VARCHAR(16);
UPDATE booking SET new_status = status;
DROP INDEX booking_status;
ALTER TABLE booking DROP COLUMN status;
ALTER TABLE booking ALTER COLUMN new_status RENAME TO status;
ALTER TABLE booking ALTER COLUMN status SET NOT NULL;
ALTER TABLE booking ADD CONSTRAINT booking_status_check
    CHECK (status IN ('active', 'confirmed', 'completed', 'no_show', 'cancelled'));
CREATE INDEX booking_status ON booking (status);

ALTER TABLE booking ADD COLUMN confirmed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE booking ADD COLUMN no_show_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE booking ADD COLUMN cancelled_by VARCHAR(8) CHECK (cancelled_by IN ('client', 'owner'));
ALTER TABLE booking ADD COLUMN cancel_reason VARCHAR(500);

-- Webhooks tell of a confirmation and a no-show too; V7's inline CHECK on event goes with its column.
ALTER TABLE webhook_outbox ADD COLUMN new_event VARCHAR(32);
UPDATE webhook_outbox SET new_event = event;
ALTER TABLE webhook_outbox DROP COLUMN event;
ALTER TABLE webhook_outbox ALTER COLUMN new_event RENAME TO event;
ALTER TABLE webhook_outbox ALTER COLUMN event SET NOT NULL;
ALTER TABLE webhook_outbox ADD CONSTRAINT webhook_outbox_event_check CHECK (event IN
    ('booking.created', 'booking.moved', 'booking.cancelled', 'booking.confirmed', 'booking.no_show'));
