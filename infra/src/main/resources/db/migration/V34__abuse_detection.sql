-- The abuse detector (decision 0038): what it saw recently and the flags it raised. Not a projection: nothing
-- empties these tables on a rebuild (the detector has none), and the application may not truncate them. Subjects are
-- keyed hashes (of a network address, of a normalized text) or account ids: never an address or a text.
CREATE TABLE abuse_observation (
    kind        VARCHAR(16)  NOT NULL,
    subject     VARCHAR(128) NOT NULL,
    item        VARCHAR(128) NOT NULL,
    account     VARCHAR(128) NOT NULL,
    observed_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (kind, subject, item)
);
CREATE INDEX abuse_observation_window ON abuse_observation (kind, subject, observed_at);
CREATE INDEX abuse_observation_age ON abuse_observation (kind, observed_at);
GRANT SELECT, INSERT, DELETE ON abuse_observation TO ${appRole};

-- one row per flag raised: the same rule, subject and window never raise a second one
CREATE TABLE abuse_flag (
    rule         VARCHAR(32)  NOT NULL,
    subject      VARCHAR(128) NOT NULL,
    window_start TIMESTAMPTZ  NOT NULL,
    account      VARCHAR(128) NOT NULL,
    raised_at    TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (rule, subject, window_start)
);
CREATE INDEX abuse_flag_age ON abuse_flag (raised_at);
GRANT SELECT, INSERT, DELETE ON abuse_flag TO ${appRole};
