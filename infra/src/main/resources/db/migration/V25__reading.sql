-- Read model of reading lists and readers' progress (projection "reading"). Texts are TEXT: the screening may
-- lengthen what it escapes, and an event must never be one the projection cannot store.
CREATE TABLE reading_list (
    list_id     VARCHAR(64) PRIMARY KEY,
    owner_id    VARCHAR(64) NOT NULL,
    name        TEXT        NOT NULL,
    description TEXT        NOT NULL,
    public      BOOLEAN     NOT NULL,
    story_count INTEGER     NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX reading_list_owner ON reading_list (owner_id, updated_at DESC, list_id DESC);
CREATE TABLE reading_list_story (
    list_id  VARCHAR(64) NOT NULL,
    story_id VARCHAR(64) NOT NULL,
    added_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (list_id, story_id)
);
CREATE TABLE reading_progress (
    reader_id  VARCHAR(64)  NOT NULL,
    story_id   VARCHAR(64)  NOT NULL,
    chapter_id VARCHAR(64)  NOT NULL,
    percent    NUMERIC(5, 2) NOT NULL,
    updated_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (reader_id, story_id)
);
CREATE INDEX reading_progress_recent ON reading_progress (reader_id, updated_at DESC, story_id DESC);
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON reading_list, reading_list_story, reading_progress TO ${appRole};

-- Command side: how many reading lists each person holds (at most 100), taken and given back in the transaction
-- of the list's own events, as email_directory claims are.
CREATE TABLE reading_list_quota (
    owner_id VARCHAR(64) PRIMARY KEY,
    lists    INTEGER     NOT NULL CHECK (lists >= 0)
);
GRANT SELECT, INSERT, UPDATE ON reading_list_quota TO ${appRole};
