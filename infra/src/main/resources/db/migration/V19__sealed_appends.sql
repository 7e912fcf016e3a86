-- The seal the database alone cannot forge (docs/decisions/0021).

-- Every event is authenticated as it is appended, in the same transaction, with a MAC under a key the database does
-- not hold: over every stored column but the global index, which the database assigns.
CREATE TABLE audit_event_mac (
    event_identifier VARCHAR(255) PRIMARY KEY,
    mac              BYTEA        NOT NULL
);
CREATE TRIGGER audit_event_mac_append_only
    BEFORE UPDATE OR DELETE ON audit_event_mac
    FOR EACH ROW EXECUTE FUNCTION reject_change_of_immutable_row();
CREATE TRIGGER audit_event_mac_no_truncate
    BEFORE TRUNCATE ON audit_event_mac
    FOR EACH STATEMENT EXECUTE FUNCTION reject_change_of_immutable_row();
GRANT SELECT, INSERT ON audit_event_mac TO ${appRole};

-- Events stored before appends were authenticated: accepted without a MAC. Only this migration writes here.
CREATE TABLE audit_legacy_event (
    event_identifier VARCHAR(255) PRIMARY KEY
);
INSERT INTO audit_legacy_event (event_identifier) SELECT event_identifier FROM domain_event_entry;
CREATE TRIGGER audit_legacy_event_append_only
    BEFORE UPDATE OR DELETE ON audit_legacy_event
    FOR EACH ROW EXECUTE FUNCTION reject_change_of_immutable_row();
GRANT SELECT ON audit_legacy_event TO ${appRole};

-- The unkeyed chain of V5 is kept, read-only, for the record.
ALTER TABLE audit_seal RENAME TO audit_seal_unkeyed;
ALTER TABLE audit_seal_unkeyed RENAME CONSTRAINT audit_seal_pkey TO audit_seal_unkeyed_pkey;
REVOKE INSERT ON audit_seal_unkeyed FROM ${appRole};

-- The keyed chain: link n of the sealer's own contiguous numbering covers one event. No uniqueness on link alone,
-- so that a row someone else slips in at the sealer's next link cannot block it: the sealer trusts only rows
-- whose chain_hash it can recompute under its key, and verify reports every other row.
CREATE TABLE audit_seal (
    link             BIGINT       NOT NULL,
    global_index     BIGINT       NOT NULL,
    event_identifier VARCHAR(255) NOT NULL,
    chain_hash       BYTEA        NOT NULL,
    sealed_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (link, chain_hash)
);
CREATE INDEX audit_seal_global_index ON audit_seal (global_index);
CREATE TRIGGER audit_seal_append_only
    BEFORE UPDATE OR DELETE ON audit_seal
    FOR EACH ROW EXECUTE FUNCTION reject_change_of_immutable_row();
CREATE TRIGGER audit_seal_no_truncate
    BEFORE TRUNCATE ON audit_seal
    FOR EACH STATEMENT EXECUTE FUNCTION reject_change_of_immutable_row();
GRANT SELECT, INSERT ON audit_seal TO ${appRole};
