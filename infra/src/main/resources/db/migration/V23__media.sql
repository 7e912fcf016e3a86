-- Read model of readers' content preferences (projection "content-preferences"): absent row = the default.
CREATE TABLE content_preferences (
    user_id    VARCHAR(64) PRIMARY KEY,
    nsfw       VARCHAR(16) NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL
);
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON content_preferences TO ${appRole};

-- Read model of uploaded images (projection "images") and their stored renditions (keys in the blob store).
CREATE TABLE image (
    image_id    VARCHAR(64) PRIMARY KEY,
    owner_id    VARCHAR(64) NOT NULL,
    nsfw        BOOLEAN     NOT NULL,
    moderation  VARCHAR(16) NOT NULL,
    uploaded_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX image_owner ON image (owner_id, uploaded_at);
CREATE TABLE image_rendition (
    image_id     VARCHAR(64)  NOT NULL,
    name         VARCHAR(32)  NOT NULL,
    blob_key     VARCHAR(512) NOT NULL,
    content_type VARCHAR(64)  NOT NULL,
    width        INTEGER      NOT NULL,
    height       INTEGER      NOT NULL,
    size         BIGINT       NOT NULL,
    PRIMARY KEY (image_id, name)
);
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON image, image_rendition TO ${appRole};
