-- Read model of readers' content preferences (projection "content-preferences"): absent row = the default.
CREATE TABLE content_preferences (
    user_id    VARCHAR(64) PRIMARY KEY,
    nsfw       VARCHAR(16) NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL
);
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON content_preferences TO ${appRole};
