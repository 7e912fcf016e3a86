package org.muejam.infra.notifications;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.SmartLifecycle;

/**
 * One PostgreSQL {@code LISTEN} channel on a connection of its own, kept open by a daemon thread: reconnects after
 * a failure, and probes the connection now and then, since a route that drops silently would otherwise leave the
 * node deaf. PostgreSQL delivers a notification only when the transaction that sent it commits, and loses those
 * sent while nobody listens: {@link #onListen()} is where a subclass makes up for what it may have missed.
 */
public abstract class PostgresListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PostgresListener.class);
    private static final int RECEIVE_TIMEOUT_MS = 1_000;
    private static final Duration PROBE_EVERY = Duration.ofSeconds(10);
    private static final Duration RECONNECT_DELAY = Duration.ofSeconds(2);

    private final DataSourceProperties database;
    private final String channel;
    private volatile boolean running;
    private volatile Thread thread;
    private volatile Connection connection;

    protected PostgresListener(DataSourceProperties database, String channel) {
        this.database = database;
        this.channel = channel;
    }

    /** Called each time LISTEN has taken effect: at start and after every reconnection. */
    protected abstract void onListen();

    /** The notifications that arrived together, in the order PostgreSQL sent them. */
    protected abstract void onNotifications(List<PGNotification> notifications);

    /** Called each time the connection is gone (a failure, or the stop), before any reconnection. */
    protected void onDisconnect() {}

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::listen, channel + "-listener");
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
                    statement.execute("LISTEN " + channel);
                }
                onListen();
                receive(open);
            } catch (SQLException e) {
                if (running) {
                    log.warn(
                            "listening on {} failed ({}); retrying in {} s",
                            channel,
                            e.getMessage(),
                            RECONNECT_DELAY.toSeconds());
                }
            } finally {
                connection = null;
                onDisconnect();
            }
            if (running) {
                pause();
            }
        }
    }

    private void receive(Connection open) throws SQLException {
        PGConnection pg = open.unwrap(PGConnection.class);
        long probed = System.nanoTime();
        while (running) {
            PGNotification[] notifications = pg.getNotifications(RECEIVE_TIMEOUT_MS);
            if (notifications != null && notifications.length > 0) {
                onNotifications(List.of(notifications));
            }
            if (System.nanoTime() - probed > PROBE_EVERY.toNanos()) {
                try (Statement probe = open.createStatement()) {
                    probe.execute("SELECT 1");
                }
                probed = System.nanoTime();
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
