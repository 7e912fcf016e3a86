-- Projections learn of new events when they are committed, on every node: each transaction that appends events
-- sends one notification on the channel 'muejam_events' (PostgreSQL delivers it only at commit, and folds
-- identical notifications of one transaction into one). Polling stays only as a safety net.
CREATE FUNCTION notify_events_appended() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_notify('muejam_events', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER domain_event_entry_notify
    AFTER INSERT ON domain_event_entry
    FOR EACH STATEMENT EXECUTE FUNCTION notify_events_appended();
