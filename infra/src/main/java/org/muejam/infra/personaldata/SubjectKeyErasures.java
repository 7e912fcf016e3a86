package org.muejam.infra.personaldata;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.SmartLifecycle;

/**
 * Evicts erased keys from this node's {@link SubjectKeyStore} cache, whichever node erased them: a trigger on
 * {@code subject_key} sends {@code NOTIFY muejam_subject_key_erased '<subject id>'} with every erasure, delivered
 * by PostgreSQL only when the erasure commits. While this node is not listening (before the first connection, after
 * a connection is lost) it could miss an erasure, so its store caches nothing until it listens again, and then
 * starts from an empty cache.
 */
public class SubjectKeyErasures implements SmartLifecycle {

    public static final String CHANNEL = "muejam_subject_key_erased";

    private static final Logger log = LoggerFactory.getLogger(SubjectKeyErasures.class);
    private static final int RECEIVE_TIMEOUT_MS = 1_000;
    /** A connection that died without a word (a dropped route) is found by a query now and then. */
    private static final Duration PROBE_EVERY = Duration.ofSeconds(10);

    private static final Duration RECONNECT_DELAY = Duration.ofSeconds(2);

    private final DataSourceProperties database;
    private final SubjectKeyStore keys;
    private final AtomicLong received = new AtomicLong();
    private volatile boolean running;
    private volatile boolean listening;
    private volatile Thread thread;
    private volatile Connection connection;

    public SubjectKeyErasures(DataSourceProperties database, SubjectKeyStore keys) {
        this.database = database;
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
        running = true;
        thread = new Thread(this::listen, "subject-key-erasure-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread listener = thread;
        if (listener != null) {
            listener.interrupt();
        }
        closeQuietly();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection open = DriverManager.getConnection(
                    database.determineUrl(), database.determineUsername(), database.determinePassword())) {
                connection = open;
                try (Statement statement = open.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                // whatever was erased while this node was not listening is forgotten with everything else
                keys.evictAll(true);
                listening = true;
                PGConnection pg = open.unwrap(PGConnection.class);
                long probed = System.nanoTime();
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(RECEIVE_TIMEOUT_MS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            received.incrementAndGet();
                            keys.evict(notification.getParameter());
                        }
                    }
                    if (System.nanoTime() - probed > PROBE_EVERY.toNanos()) {
                        try (Statement probe = open.createStatement()) {
                            probe.execute("SELECT 1");
                        }
                        probed = System.nanoTime();
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn(
                            "listening for erasures failed ({}); caching no personal-data keys, retrying in {} s",
                            e.getMessage(),
                            RECONNECT_DELAY.toSeconds());
                }
            } finally {
                listening = false;
                keys.evictAll(false);
                connection = null;
            }
            if (running) {
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_DELAY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void closeQuietly() {
        Connection open = connection;
        if (open != null) {
            try {
                open.close();
            } catch (SQLException ignored) {
                // closing is all we wanted
            }
        }
    }
}
