-- Payments made on the demo payment page: one row per paid booking. The primary key refuses a
-- second payment of the same booking on every app instance at once, and the row outlives the
-- dialog's variables (a reset dialog cannot pay an order again). Bookings are never deleted, but a
-- test that wipes the calendar takes their payments with them.
CREATE TABLE demo_payment (
    booking_id BIGINT                   PRIMARY KEY REFERENCES booking (id) ON DELETE CASCADE,
    bot        VARCHAR(64)              NOT NULL,
    client_id  VARCHAR(128)             NOT NULL,
    paid_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
