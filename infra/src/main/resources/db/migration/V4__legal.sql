-- Read models of the legal projections ("legal-documents", "consents").
CREATE TABLE legal_document_version (
    document_type  VARCHAR(64)  NOT NULL,
    version        VARCHAR(64)  NOT NULL,
    content        TEXT         NOT NULL,
    effective_date DATE         NOT NULL,
    published_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (document_type, version)
);
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON legal_document_version TO ${appRole};

CREATE TABLE user_consent (
    event_id      VARCHAR(255) PRIMARY KEY,
    user_id       VARCHAR(64)  NOT NULL,
    document_type VARCHAR(64)  NOT NULL,
    version       VARCHAR(64)  NOT NULL,
    consented_at  TIMESTAMPTZ  NOT NULL,
    ip_address    VARCHAR(255),
    user_agent    TEXT
);
CREATE INDEX user_consent_user ON user_consent (user_id, document_type);
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON user_consent TO ${appRole};

CREATE TABLE cookie_consent (
    holder       VARCHAR(255) PRIMARY KEY,
    essential    BOOLEAN     NOT NULL,
    analytics    BOOLEAN     NOT NULL,
    marketing    BOOLEAN     NOT NULL,
    consented_at TIMESTAMPTZ NOT NULL
);
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON cookie_consent TO ${appRole};
