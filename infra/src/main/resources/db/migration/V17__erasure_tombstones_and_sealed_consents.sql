-- Erasure leaves a tombstone: the key row stays with its key gone (wrapped_key NULL, erased_at set), so no later
-- write can give the subject a key again, and a tombstone can never be given one back. Each erasure tells every
-- node at its commit (channel 'muejam_subject_key_erased', payload the subject id) to drop the key from its cache.
ALTER TABLE subject_key ALTER COLUMN wrapped_key DROP NOT NULL;
ALTER TABLE subject_key ADD COLUMN erased_at TIMESTAMPTZ;
ALTER TABLE subject_key ADD CONSTRAINT subject_key_erased_has_no_key
    CHECK ((wrapped_key IS NULL) = (erased_at IS NOT NULL));

CREATE FUNCTION subject_key_only_erased() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF OLD.wrapped_key IS NULL THEN
        RAISE EXCEPTION 'the key of subject % was erased and stays erased', OLD.subject_id;
    END IF;
    IF NEW.subject_id <> OLD.subject_id OR NEW.wrapped_key IS NOT NULL THEN
        RAISE EXCEPTION 'a subject key is never changed, only erased (subject %)', OLD.subject_id;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER subject_key_erase_only
    BEFORE UPDATE ON subject_key
    FOR EACH ROW EXECUTE FUNCTION subject_key_only_erased();

CREATE FUNCTION notify_subject_key_erased() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_notify('muejam_subject_key_erased', OLD.subject_id);
    RETURN NULL;
END
$$;

-- a row deleted by hand (the owner may) is a key gone too
CREATE TRIGGER subject_key_erased_notify
    AFTER UPDATE OR DELETE ON subject_key
    FOR EACH ROW EXECUTE FUNCTION notify_subject_key_erased();

-- The application erases by update; it may no longer delete a row, so no tombstone can be removed to make room for
-- a new key.
REVOKE DELETE ON subject_key FROM ${appRole};
GRANT UPDATE (wrapped_key, erased_at) ON subject_key TO ${appRole};

-- Consents keep the address and client sealed under the person's key (PersonalDataVault, as the audit view does):
-- a sealed value is longer than the clear one. Rows written before this version hold them in clear until the
-- consents projection is rebuilt (POST /api/admin/projections/consents/rebuild), which rewrites every row sealed.
ALTER TABLE user_consent ALTER COLUMN ip_address TYPE TEXT;
