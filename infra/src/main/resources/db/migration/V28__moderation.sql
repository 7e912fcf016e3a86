-- Moderation's ground (decision 0033). What a takedown left of a story, comment or whisper (NULL, HIDDEN or DELETED),
-- kept by the content projection; the shadowbanned authors, kept by the content projection and, for the index, by
-- the search projection: a shadowban hides an author's content by a join, without rewriting a row of it.
ALTER TABLE stories ADD COLUMN moderation VARCHAR(16);
ALTER TABLE comments ADD COLUMN moderation VARCHAR(16);
ALTER TABLE whispers ADD COLUMN moderation VARCHAR(16);

CREATE TABLE shadowbanned_authors (
    user_id VARCHAR(64) PRIMARY KEY,
    since   TIMESTAMPTZ NOT NULL
);
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON shadowbanned_authors TO ${appRole};

ALTER TABLE search_story ADD COLUMN moderation VARCHAR(16);
CREATE TABLE search_shadowbanned_authors (
    user_id VARCHAR(64) PRIMARY KEY
);
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON search_shadowbanned_authors TO ${appRole};

-- when an account's moderation role was granted (the moderators list's "since"); NULL for a role held from the start
ALTER TABLE user_account ADD COLUMN role_since TIMESTAMPTZ;
