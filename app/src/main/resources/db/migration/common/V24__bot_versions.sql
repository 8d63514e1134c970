-- Every version of a bot file ever published, so that an older one can be read and restored. A
-- version's number is the bot's version when it was published; restoring publishes the old source as
-- a new version, so the history only grows. Bots installed before this table start their history here.
CREATE TABLE bot_version (
    bot          VARCHAR(64)              NOT NULL,
    version      BIGINT                   NOT NULL,
    source       VARCHAR(1000000)         NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (bot, version)
);
INSERT INTO bot_version (bot, version, source, published_at) SELECT name, version, source, updated_at FROM bot;
