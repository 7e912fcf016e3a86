-- Read model of moderation (projection "moderation", decision 0035): cases and the queue, their reports, the
-- reporters' records, strikes and appeals. Rows are upserted by key and counts recounted from rows, so a replay
-- rewrites every row in place; texts are cut to their columns and lose NUL, so no event can stop the projection.

-- One row per case. The queue sorts open cases by priority score (base_score plus points for every hour in the
-- queue), then age. Time in the queue grows alike for every case, so rank_key = base_score - points per hour x
-- (opened_at in hours since the epoch) orders exactly as the score does, and the queue is one index scan.
CREATE TABLE moderation_case (
    case_id            VARCHAR(64)      PRIMARY KEY,
    subject_type       VARCHAR(16),
    subject_id         VARCHAR(64),
    author_id          VARCHAR(64),
    -- the reason of the case's first report (stats per reason)
    reason             VARCHAR(16),
    status             VARCHAR(16)      NOT NULL,
    report_count       INTEGER          NOT NULL DEFAULT 0,
    reporter_count     INTEGER          NOT NULL DEFAULT 0,
    highest_severity   VARCHAR(8),
    report_points      INTEGER          NOT NULL DEFAULT 0,
    automated_points   INTEGER          NOT NULL DEFAULT 0,
    accuracy_points    INTEGER          NOT NULL DEFAULT 0,
    type_points        INTEGER          NOT NULL DEFAULT 0,
    base_score         INTEGER          NOT NULL DEFAULT 0,
    rank_key           DOUBLE PRECISION NOT NULL,
    opened_at          TIMESTAMPTZ      NOT NULL,
    claimed_by         VARCHAR(64),
    claim_expires_at   TIMESTAMPTZ,
    -- the sequence number of the case's last event: the aggregate's version, which an action names
    version            BIGINT           NOT NULL,
    resolution_action  VARCHAR(16),
    resolved_by        VARCHAR(64),
    resolution_reason  TEXT,
    duration_days      INTEGER,
    resolved_at        TIMESTAMPTZ,
    reversed           BOOLEAN          NOT NULL DEFAULT false,
    reversed_by        VARCHAR(64),
    reversed_at        TIMESTAMPTZ
);
-- the queue: open cases by rank, then age; resolved cases (most rows, in time) stay out of the index
CREATE INDEX moderation_queue ON moderation_case (rank_key DESC, opened_at, case_id) WHERE status = 'OPEN';
-- stats: cases resolved lately, per day and per moderator
CREATE INDEX moderation_case_resolved ON moderation_case (resolved_at) WHERE resolved_at IS NOT NULL;

-- One row per report. accuracy_at_filing is the reporter's share of upheld reports when this one was filed (NULL
-- before 3 resolved reports, and for automated reports); the outcome is set when the case is resolved or reversed.
CREATE TABLE moderation_report (
    report_id          VARCHAR(64)  PRIMARY KEY,
    case_id            VARCHAR(64)  NOT NULL,
    reporter_id        VARCHAR(64),
    reason             VARCHAR(16),
    details            TEXT,
    snapshot           TEXT,
    automated          BOOLEAN      NOT NULL,
    severity           VARCHAR(8),
    filed_at           TIMESTAMPTZ  NOT NULL,
    accuracy_at_filing DOUBLE PRECISION,
    outcome            VARCHAR(16),
    outcome_action     VARCHAR(16),
    resolved_at        TIMESTAMPTZ,
    upheld             BOOLEAN,
    overturned_at      TIMESTAMPTZ
);
CREATE INDEX moderation_report_case ON moderation_report (case_id, filed_at, report_id);
-- a person's reports, newest first; and a reporter's record as of an instant
CREATE INDEX moderation_report_reporter ON moderation_report (reporter_id, filed_at DESC, report_id DESC);

-- Each reporter's record, recounted from their reports whenever one of their cases is resolved or reversed.
CREATE TABLE moderation_reporter (
    reporter_id VARCHAR(64) PRIMARY KEY,
    resolved    INTEGER     NOT NULL,
    upheld      INTEGER     NOT NULL
);

-- One strike per case at most (strike:<case uuid>); overruled when an upheld appeal reversed the action.
CREATE TABLE moderation_strike (
    strike_id        VARCHAR(64) PRIMARY KEY,
    case_id          VARCHAR(64) NOT NULL,
    author_id        VARCHAR(64),
    action           VARCHAR(16),
    reason           TEXT,
    subject_type     VARCHAR(16),
    subject_id       VARCHAR(64),
    appealable_until TIMESTAMPTZ,
    recorded_at      TIMESTAMPTZ NOT NULL,
    window_closed    BOOLEAN     NOT NULL DEFAULT false,
    overruled        BOOLEAN     NOT NULL DEFAULT false
);
CREATE INDEX moderation_strike_author ON moderation_strike (author_id, recorded_at DESC, strike_id DESC);

-- One appeal per strike at most (appeal:<case uuid>): PENDING, then UPHELD or DENIED.
CREATE TABLE moderation_appeal (
    appeal_id       VARCHAR(64) PRIMARY KEY,
    case_id         VARCHAR(64) NOT NULL,
    strike_id       VARCHAR(64),
    author_id       VARCHAR(64),
    text            TEXT,
    status          VARCHAR(16) NOT NULL,
    filed_at        TIMESTAMPTZ NOT NULL,
    decided_by      VARCHAR(64),
    decision_reason TEXT,
    decided_at      TIMESTAMPTZ
);
CREATE INDEX moderation_appeal_case ON moderation_appeal (case_id);

GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE
    ON moderation_case, moderation_report, moderation_reporter, moderation_strike, moderation_appeal TO ${appRole};
