-- Read models of the content feature (projection "content"): stories with their chapters, whispers, comments. Every write
-- is an upsert or an update in event order, so a replay of the projection rewrites rows in place (decision 0027).
-- Texts are TEXT: their bounds are checked before any command is sent (StoryPolicy), and the screening may lengthen
-- a text it sanitizes (an escaped character), which must never make an event unprojectable.
CREATE TABLE stories (
    story_id      VARCHAR(64)  PRIMARY KEY,
    author_id     VARCHAR(64)  NOT NULL,
    title         TEXT         NOT NULL,
    description   TEXT         NOT NULL,
    genre         VARCHAR(50)  NOT NULL,
    tags          TEXT[]       NOT NULL,
    language      VARCHAR(35),
    nsfw          BOOLEAN      NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    chapter_count INTEGER      NOT NULL DEFAULT 0,
    word_count    INTEGER      NOT NULL DEFAULT 0,
    created_at    TIMESTAMPTZ  NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL,
    published_at  TIMESTAMPTZ
);
-- the published list, newest first, and one author's published stories
CREATE INDEX stories_published ON stories (published_at DESC, story_id DESC) WHERE published_at IS NOT NULL;
CREATE INDEX stories_author ON stories (author_id, published_at DESC, story_id DESC);
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON stories TO ${appRole};

CREATE TABLE chapters (
    chapter_id VARCHAR(64) PRIMARY KEY,
    story_id   VARCHAR(64) NOT NULL,
    number     INTEGER     NOT NULL,
    title      TEXT        NOT NULL,
    content    TEXT        NOT NULL,
    word_count INTEGER     NOT NULL,
    added_at   TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX chapters_story_number ON chapters (story_id, number);
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON chapters TO ${appRole};

CREATE TABLE comments (
    comment_id  VARCHAR(64) PRIMARY KEY,
    target_type VARCHAR(16) NOT NULL,
    target_id   VARCHAR(64) NOT NULL,
    parent_id   VARCHAR(64),
    author_id   VARCHAR(64) NOT NULL,
    content     TEXT        NOT NULL,
    posted_at   TIMESTAMPTZ NOT NULL
);
-- a target's comments in the order they were posted: the page cursor is (posted_at, comment_id)
CREATE INDEX comments_target ON comments (target_type, target_id, posted_at, comment_id);
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON comments TO ${appRole};

CREATE TABLE whispers (
    whisper_id VARCHAR(64) PRIMARY KEY,
    author_id  VARCHAR(64) NOT NULL,
    content    TEXT        NOT NULL,
    posted_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX whispers_posted ON whispers (posted_at DESC, whisper_id DESC);
CREATE INDEX whispers_author ON whispers (author_id, posted_at DESC, whisper_id DESC);
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON whispers TO ${appRole};
