-- Account deletion requests and erasure (decision 0041).

-- One pending deletion request per account, claimed in the transaction of the command that opens the request and
-- released by the one that cancels or completes it.
CREATE TABLE pending_deletion (
    user_id    VARCHAR(64)  PRIMARY KEY,
    request_id VARCHAR(64)  NOT NULL UNIQUE,
    claimed_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);
GRANT SELECT, INSERT, DELETE ON pending_deletion TO ${appRole};

-- Read model of the "deletions" projection: each request and, once completed, its receipt (no personal data).
CREATE TABLE deletion_request (
    request_id    VARCHAR(64)  PRIMARY KEY,
    user_id       VARCHAR(64)  NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    requested_at  TIMESTAMPTZ  NOT NULL,
    scheduled_for TIMESTAMPTZ  NOT NULL,
    cancelled_at  TIMESTAMPTZ,
    due_at        TIMESTAMPTZ,
    completed_at  TIMESTAMPTZ,
    erased        TEXT
);
CREATE INDEX deletion_request_user ON deletion_request (user_id, requested_at);
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON deletion_request TO ${appRole};

-- An erased account stays as a row without personal data, so its id still resolves (to "Deleted User").
ALTER TABLE user_account ADD COLUMN erased_at TIMESTAMPTZ;
