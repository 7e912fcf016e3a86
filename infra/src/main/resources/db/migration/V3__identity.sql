-- Command side: one account per email address (claimed in the transaction that stores the registration).
CREATE TABLE email_directory (
    email      VARCHAR(320) PRIMARY KEY,
    user_id    VARCHAR(64)  NOT NULL UNIQUE,
    claimed_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);
GRANT SELECT, INSERT, DELETE ON email_directory TO ${appRole};

-- Read model of accounts (projection "users").
CREATE TABLE user_account (
    user_id        VARCHAR(64)  PRIMARY KEY,
    email          VARCHAR(320) NOT NULL,
    display_name   VARCHAR(200) NOT NULL,
    password_hash  VARCHAR(255),
    roles          VARCHAR(255) NOT NULL,
    email_verified BOOLEAN      NOT NULL DEFAULT FALSE,
    registered_at  TIMESTAMPTZ  NOT NULL,
    last_login_at  TIMESTAMPTZ
);
CREATE INDEX user_account_email ON user_account (email);
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON user_account TO ${appRole};

-- Rotating refresh tokens, kept only as hashes. A reused (already rotated) token revokes its whole family.
CREATE TABLE refresh_token (
    token_hash  VARCHAR(128) PRIMARY KEY,
    user_id     VARCHAR(64)  NOT NULL,
    family_id   VARCHAR(64)  NOT NULL,
    issued_at   TIMESTAMPTZ  NOT NULL,
    expires_at  TIMESTAMPTZ  NOT NULL,
    revoked_at  TIMESTAMPTZ
);
CREATE INDEX refresh_token_family ON refresh_token (family_id);
GRANT SELECT, INSERT, UPDATE, DELETE ON refresh_token TO ${appRole};

-- Maps an email verification token (hash) to its account, so the raw token alone finds the aggregate.
CREATE TABLE email_verification_token (
    token_hash VARCHAR(128) PRIMARY KEY,
    user_id    VARCHAR(64)  NOT NULL,
    expires_at TIMESTAMPTZ  NOT NULL
);
GRANT SELECT, INSERT, DELETE ON email_verification_token TO ${appRole};
