-- Sign-in lockout shown by the users projection, and password reset tokens (hash -> account).
ALTER TABLE user_account ADD COLUMN locked_until TIMESTAMPTZ;

CREATE TABLE password_reset_token (
    token_hash VARCHAR(128) PRIMARY KEY,
    user_id    VARCHAR(64)  NOT NULL,
    expires_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX password_reset_token_user ON password_reset_token (user_id);
GRANT SELECT, INSERT, DELETE ON password_reset_token TO ${appRole};
