-- Command side: accounts with two-factor authentication on, written in the transaction of the command that turns
-- it on or off. Sign-in reads it here, never from a read model that could be rebuilding.
CREATE TABLE two_factor_directory (
    user_id    VARCHAR(64) PRIMARY KEY,
    enabled_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
GRANT SELECT, INSERT, UPDATE, DELETE ON two_factor_directory TO ${appRole};

-- The second step of a sign-in: a short-lived, single-use challenge (hash only) with a bounded number of tries.
CREATE TABLE two_factor_challenge (
    token_hash VARCHAR(128) PRIMARY KEY,
    user_id    VARCHAR(64)  NOT NULL,
    expires_at TIMESTAMPTZ  NOT NULL,
    attempts   INTEGER      NOT NULL DEFAULT 0,
    used_at    TIMESTAMPTZ
);
CREATE INDEX two_factor_challenge_expiry ON two_factor_challenge (expires_at);
GRANT SELECT, INSERT, UPDATE, DELETE ON two_factor_challenge TO ${appRole};
