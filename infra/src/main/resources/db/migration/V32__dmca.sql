-- DMCA takedown notices as agents see them (decision 0036), kept by the dmca projection. The claimant's name, contact
-- and signature are sealed under the notice's id, the counter-notice's statement and signature under the author's:
-- erasing either subject's key forgets them here too, at once.
CREATE TABLE dmca_takedowns (
    takedown_id        VARCHAR(64)   PRIMARY KEY,
    status             VARCHAR(16)   NOT NULL,
    copyright_holder   TEXT,
    contact_email      TEXT,
    contact_address    TEXT,
    contact_phone      TEXT,
    signature          TEXT,
    work_description   VARCHAR(4000) NOT NULL,
    infringing_url     VARCHAR(2000) NOT NULL,
    content_type       VARCHAR(16)   NOT NULL,
    content_id         VARCHAR(64)   NOT NULL,
    story_id           VARCHAR(64),
    author_id          VARCHAR(64)   NOT NULL,
    submitted_at       TIMESTAMPTZ   NOT NULL,
    decided_by         VARCHAR(64),
    decision_reason    VARCHAR(1000),
    decided_at         TIMESTAMPTZ,
    counter_statement  TEXT,
    counter_signature  TEXT,
    counter_noticed_at TIMESTAMPTZ
);
CREATE INDEX dmca_takedowns_newest ON dmca_takedowns (submitted_at DESC, takedown_id DESC);
-- repeat infringers: the approved takedowns of each author
CREATE INDEX dmca_takedowns_taken_down ON dmca_takedowns (author_id, content_id)
    WHERE status IN ('APPROVED', 'COUNTER_NOTICED');
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON dmca_takedowns TO ${appRole};
