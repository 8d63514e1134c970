-- Web chat conversations the server opened: holding the unguessable id is what lets one read and
-- write the conversation, and an id the server did not issue gets nothing.
CREATE TABLE chat_session (
    client_id  VARCHAR(128)             PRIMARY KEY,
    bot        VARCHAR(64)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
