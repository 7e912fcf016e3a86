-- The audit view: one row per stored event (projection "audit-log"). Rows are derived from the immutable event
-- log, so the application may add rows but never change or remove one; a rebuild re-adds missing rows.
CREATE TABLE audit_log (
    position      BIGINT       PRIMARY KEY,
    event_id      VARCHAR(255) NOT NULL UNIQUE,
    action_type   VARCHAR(255) NOT NULL,
    actor_id      VARCHAR(255),
    subject_id    VARCHAR(255),
    ip_address    VARCHAR(255),
    user_agent    TEXT,
    resource_type VARCHAR(255),
    resource_id   VARCHAR(255),
    result        VARCHAR(32)  NOT NULL,
    metadata      TEXT         NOT NULL,
    occurred_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX audit_log_actor ON audit_log (actor_id, position);
CREATE INDEX audit_log_subject ON audit_log (subject_id, position);
CREATE INDEX audit_log_resource ON audit_log (resource_type, resource_id, position);
CREATE INDEX audit_log_action ON audit_log (action_type, position);
CREATE INDEX audit_log_time ON audit_log (occurred_at);
CREATE TRIGGER audit_log_append_only
    BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION reject_change_of_immutable_row();
GRANT SELECT, INSERT ON audit_log TO ${appRole};

-- Tamper evidence: a SHA-256 chain over the stored bytes of every event, one link per event, in log order.
CREATE TABLE audit_seal (
    global_index     BIGINT       PRIMARY KEY,
    event_identifier VARCHAR(255) NOT NULL,
    chain_hash       BYTEA        NOT NULL,
    sealed_at        TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE TRIGGER audit_seal_append_only
    BEFORE UPDATE OR DELETE ON audit_seal
    FOR EACH ROW EXECUTE FUNCTION reject_change_of_immutable_row();
CREATE TRIGGER audit_seal_no_truncate
    BEFORE TRUNCATE ON audit_seal
    FOR EACH STATEMENT EXECUTE FUNCTION reject_change_of_immutable_row();
GRANT SELECT, INSERT ON audit_seal TO ${appRole};
