-- Idempotency-Key of command requests: the row is written in the transaction of the request's first command, so
-- "events stored" and "key recorded" commit together; the answer is added once the request has completed.
-- Rows older than muejam.idempotency.window count as absent and are deleted by a scheduled cleanup.
CREATE TABLE idempotency_key (
    scope            TEXT         NOT NULL,
    idempotency_key  VARCHAR(255) NOT NULL,
    fingerprint      VARCHAR(64)  NOT NULL,
    request_token    UUID         NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL,
    response_status  INTEGER,
    response_headers TEXT,
    response_body    BYTEA,
    completed_at     TIMESTAMPTZ,
    PRIMARY KEY (scope, idempotency_key)
);
CREATE INDEX idempotency_key_created ON idempotency_key (created_at);
GRANT SELECT, INSERT, UPDATE, DELETE ON idempotency_key TO ${appRole};
