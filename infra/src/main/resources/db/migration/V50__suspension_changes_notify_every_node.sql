-- Every node keeps a short cache of each account's suspension (decision 0037). The node whose users projection
-- records a change clears its own entry; the others are told by PostgreSQL at the change's commit (channel
-- 'muejam_suspension_changed', payload the user id), so a suspension or an erasure holds on every node at once.
CREATE FUNCTION notify_suspension_changed() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_notify('muejam_suspension_changed', NEW.user_id);
    RETURN NULL;
END
$$;

CREATE TRIGGER user_account_suspension_changed_notify
    AFTER UPDATE OF suspended_until, suspended_permanently, erased_at ON user_account
    FOR EACH ROW
    WHEN (OLD.suspended_until IS DISTINCT FROM NEW.suspended_until
        OR OLD.suspended_permanently IS DISTINCT FROM NEW.suspended_permanently
        OR OLD.erased_at IS DISTINCT FROM NEW.erased_at)
    EXECUTE FUNCTION notify_suspension_changed();
