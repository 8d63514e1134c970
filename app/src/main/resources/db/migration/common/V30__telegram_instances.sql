-- Telegram on several instances (issue 17). A bot token is named by its key (the first 32 hex digits of its SHA-256),
-- never stored itself.

-- Who long-polls a token: one instance at a time; another takes over once expires_at (the database's clock) passed.
CREATE TABLE telegram_lease (
    token_key  VARCHAR(32)              PRIMARY KEY,
    holder     VARCHAR(64)              NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The updates played, by Telegram's update_id: an update fetched again (its offset was not confirmed before its
-- instance died, or Telegram sent the webhook again) is recognised and skipped. Claimed in the turn's transaction.
CREATE TABLE telegram_update (
    token_key VARCHAR(32)              NOT NULL,
    update_id BIGINT                   NOT NULL,
    played_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (token_key, update_id)
);
CREATE INDEX telegram_update_played ON telegram_update (played_at);

-- Chats whose latest keyboard is a reply keyboard (a phone button's): whichever instance sends next removes it.
CREATE TABLE telegram_reply_keyboard (
    token_key VARCHAR(32) NOT NULL,
    chat_id   BIGINT      NOT NULL,
    PRIMARY KEY (token_key, chat_id)
);

-- The labels of buttons too long for callback_data, by the key that travels instead: a press on any instance finds them.
CREATE TABLE telegram_button_label (
    token_key  VARCHAR(32)              NOT NULL,
    label_key  VARCHAR(40)              NOT NULL,
    label      VARCHAR(4000)            NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (token_key, label_key)
);
