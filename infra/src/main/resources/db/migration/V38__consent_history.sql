-- Every optional consent given or withdrawn, with its time (projection "consents", decision 0039): the consents of
-- the privacy settings (analytics, marketing) and each cookie choice of a signed-in person (analytics-cookies,
-- marketing-cookies). Consents to legal documents stay in user_consent and are read from there. One row per event and
-- purpose, so a replay rewrites the rows in place. Cookie choices recorded before V38 appear once the consents
-- projection is rebuilt (POST /api/admin/projections/consents/rebuild).
CREATE TABLE consent_history (
    event_id    VARCHAR(255) NOT NULL,
    purpose     VARCHAR(64) NOT NULL,
    user_id     VARCHAR(64) NOT NULL,
    status      VARCHAR(16) NOT NULL CHECK (status IN ('GIVEN', 'WITHDRAWN')),
    source      VARCHAR(32) NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (event_id, purpose)
);
CREATE INDEX consent_history_user ON consent_history (user_id, recorded_at);
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON consent_history TO ${appRole};
