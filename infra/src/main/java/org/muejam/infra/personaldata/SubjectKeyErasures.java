package org.muejam.infra.personaldata;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.muejam.infra.notifications.PostgresListener;
import org.postgresql.PGNotification;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;

/**
 * Evicts erased keys from this node's {@link SubjectKeyStore} cache, whichever node erased them: a trigger on
 * {@code subject_key} sends {@code NOTIFY muejam_subject_key_erased '<subject id>'} with every erasure, delivered
 * by PostgreSQL only when the erasure commits. While this node is not listening (before the first connection, after
 * a connection is lost) it could miss an erasure, so its store caches nothing until it listens again, and then
 * starts from an empty cache.
 */
public class SubjectKeyErasures extends PostgresListener {

    public static final String CHANNEL = "muejam_subject_key_erased";

    private final SubjectKeyStore keys;
    private final AtomicLong received = new AtomicLong();
    private volatile boolean listening;

    public SubjectKeyErasures(DataSourceProperties database, SubjectKeyStore keys) {
        super(database, CHANNEL);
        this.keys = keys;
    }

    /** Whether this node is listening now (and so caches keys). */
    public boolean listening() {
        return listening;
    }

    /** How many erasures PostgreSQL reported since start (from any node, this one included). */
    public long received() {
        return received.get();
    }

    @Override
    public void start() {
        keys.evictAll(false);
        super.start();
    }

    @Override
    protected void onListen() {
        // whatever was erased while this node was not listening is forgotten with everything else
        keys.evictAll(true);
        listening = true;
    }

    @Override
    protected void onNotifications(List<PGNotification> notifications) {
        for (PGNotification notification : notifications) {
            received.incrementAndGet();
            keys.evict(notification.getParameter());
        }
    }

    @Override
    protected void onDisconnect() {
        listening = false;
        keys.evictAll(false);
    }
}
