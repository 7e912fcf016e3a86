-- Read model of the automated filters' configuration (projection "content-filters"): one row per configuration
-- (there is one, "default"), its settings as JSON. No row: the built-in defaults are in force.
CREATE TABLE content_filter_settings (
    configuration_id VARCHAR(64) PRIMARY KEY,
    settings         TEXT        NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL
);
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON content_filter_settings TO ${appRole};
