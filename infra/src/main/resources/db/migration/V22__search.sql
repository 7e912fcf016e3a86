-- The search projection ("search"): what it needs to write a story's whole document to the Elasticsearch index
-- after each event. Drafts are kept here and indexed once published. Cleared when the projection is rebuilt.
CREATE TABLE search_story (
    story_id     VARCHAR(64) PRIMARY KEY,
    author_id    VARCHAR(64),
    title        TEXT,
    description  TEXT,
    genre        TEXT,
    tags         TEXT        NOT NULL DEFAULT '[]',
    language     TEXT,
    nsfw         BOOLEAN     NOT NULL DEFAULT FALSE,
    status       VARCHAR(16) NOT NULL,
    updated_at   TIMESTAMPTZ,
    published_at TIMESTAMPTZ,
    flagged      BOOLEAN     NOT NULL DEFAULT FALSE
);
CREATE TABLE search_story_chapter (
    story_id   VARCHAR(64) NOT NULL,
    chapter_id VARCHAR(64) NOT NULL,
    word_count INTEGER     NOT NULL,
    PRIMARY KEY (story_id, chapter_id)
);
-- The index behind the alias searches read, and the fresh one a rebuild fills until it is swapped in.
CREATE TABLE search_index (
    alias          VARCHAR(200) PRIMARY KEY,
    live_index     VARCHAR(255) NOT NULL,
    building_index VARCHAR(255)
);
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON search_story, search_story_chapter, search_index TO ${appRole};
