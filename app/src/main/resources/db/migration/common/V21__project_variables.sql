-- Project variables: shared by every client of one bot (the builder's project.x). A turn that writes
-- one checks that the versions it read are still current, so two dialogs writing at once lose nothing.
CREATE TABLE project_variable (
    bot        VARCHAR(64)              NOT NULL,
    name       VARCHAR(200)             NOT NULL,
    value_json VARCHAR(100000)          NOT NULL,
    version    BIGINT                   NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (bot, name)
);

-- The state blocks a dialog has been in, as a JSON list of block ids, for was_in_state().
ALTER TABLE dialog ADD COLUMN visited_states VARCHAR(100000) DEFAULT '[]' NOT NULL;
