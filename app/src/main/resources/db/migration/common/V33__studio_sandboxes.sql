-- The studio's test chats, in the database so that any app instance behind a load balancer continues one: the
-- bot, whether its bookings are real, and its state as JSON (the dialog, its pending timers, and for a draft
-- chat its draft calendar and contacts). version guards against two exchanges of one chat at once.
CREATE TABLE studio_sandbox (
    id            VARCHAR(64)              PRIMARY KEY,
    bot           VARCHAR(64)              NOT NULL,
    real_bookings BOOLEAN                  NOT NULL,
    state         VARCHAR(1000000)         NOT NULL,
    version       BIGINT                   NOT NULL,
    last_used     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX studio_sandbox_last_used ON studio_sandbox (last_used);
