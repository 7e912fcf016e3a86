-- Read model of API keys (projection "api-keys"): what the owner lists, and what API key authentication checks.
-- Secrets are kept as SHA-256 hashes only; the previous hash of a rotated key works until previous_valid_until.
CREATE TABLE api_key (
    key_id               VARCHAR(64)  PRIMARY KEY,
    owner_id             VARCHAR(64)  NOT NULL,
    name                 VARCHAR(200) NOT NULL,
    secret_hash          VARCHAR(128) NOT NULL,
    previous_secret_hash VARCHAR(128),
    previous_valid_until TIMESTAMPTZ,
    expires_at           TIMESTAMPTZ,
    created_at           TIMESTAMPTZ  NOT NULL,
    rotated_at           TIMESTAMPTZ,
    revoked_at           TIMESTAMPTZ
);
CREATE INDEX api_key_owner ON api_key (owner_id, created_at);
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON api_key TO ${appRole};
