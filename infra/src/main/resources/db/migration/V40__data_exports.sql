-- Data exports (decision 0040).

-- Command side: when each person last asked for an export, taken in the transaction of the export's first event
-- (as reading_list_quota is), so one export per 24 hours holds under concurrent requests and across nodes.
CREATE TABLE data_export_allowance (
    user_id           VARCHAR(64) PRIMARY KEY,
    last_requested_at TIMESTAMPTZ NOT NULL
);
GRANT SELECT, INSERT, UPDATE ON data_export_allowance TO ${appRole};

-- Read model (projection "data-exports"): each export's state and the end of its link.
CREATE TABLE data_export (
    export_id    VARCHAR(64) PRIMARY KEY,
    user_id      VARCHAR(64) NOT NULL,
    status       VARCHAR(16) NOT NULL,
    requested_at TIMESTAMPTZ NOT NULL,
    ready_at     TIMESTAMPTZ,
    expires_at   TIMESTAMPTZ,
    file_key     VARCHAR(512),
    size_bytes   BIGINT
);
CREATE INDEX data_export_user ON data_export (user_id, requested_at DESC);
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON data_export TO ${appRole};

-- Written by the export processor as it builds a file: how far it got (0-100). Not derived from events, so a
-- rebuild of the read model leaves it alone.
CREATE TABLE data_export_progress (
    export_id  VARCHAR(64) PRIMARY KEY,
    progress   INTEGER     NOT NULL CHECK (progress BETWEEN 0 AND 100),
    updated_at TIMESTAMPTZ NOT NULL
);
GRANT SELECT, INSERT, UPDATE, DELETE ON data_export_progress TO ${appRole};
