-- Where a web chat conversation was opened from, so that every instance counts the same openings
-- per address and minute. A SHA-256 hash of the address (an IPv6 address by its /64 network),
-- never the address itself; the sweep blanks it once the minute is over.
ALTER TABLE chat_session ADD COLUMN address VARCHAR(64);
CREATE INDEX chat_session_address ON chat_session (address, created_at);

-- The sweep forgets conversations that never got a message, oldest first.
CREATE INDEX chat_session_created ON chat_session (created_at);
