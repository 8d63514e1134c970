-- The SHA-256 (hex) of the bot file last installed from slotbot.bots (or the demo's) at a start, null for a bot
-- never installed from a file. A start installs a file only when the bot is absent or the file changed since then,
-- so what the owner published in the studio survives restarts. Bots stored before this column have none: the
-- first start after the upgrade installs their file once more, as every start did before.
ALTER TABLE bot ADD COLUMN file_sha256 VARCHAR(64);
