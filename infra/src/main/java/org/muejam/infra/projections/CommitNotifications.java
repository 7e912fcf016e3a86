package org.muejam.infra.projections;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.common.Registration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Tells this node's event processors that events were committed, so they read them at once instead of polling:
 * in this process right after a unit of work that published events has committed (the event store calls
 * {@link #signal()}, see ProcessorConfig), and across processes through
 * PostgreSQL {@code LISTEN muejam_events} (a trigger on the event table notifies at every commit that appended
 * events, whichever node wrote them). A listener whose connection drops reconnects and wakes everyone, since
 * notifications sent meanwhile are lost.
 */
@Component
public class CommitNotifications implements SmartLifecycle {

    public static final String CHANNEL = "muejam_events";

    private static final Logger log = LoggerFactory.getLogger(CommitNotifications.class);
    private static final int RECEIVE_TIMEOUT_MS = 1_000;
    private static final Duration RECONNECT_DELAY = Duration.ofSeconds(2);

    private final DataSourceProperties database;
    private final Set<Runnable> listeners = new CopyOnWriteArraySet<>();
    private final AtomicLong received = new AtomicLong();
    private volatile boolean running;
    private volatile Thread thread;
    private volatile Connection connection;

    public CommitNotifications(DataSourceProperties database) {
        this.database = database;
    }

    /** Calls the listener after every commit that stored events, until the registration is cancelled. */
    public Registration onCommit(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** How many notifications arrived from PostgreSQL since start (from any node, this one included). */
    public long receivedFromDatabase() {
        return received.get();
    }

    /**
     * For the event store: wakes every listener once the unit of work that publishes the events has committed
     * (the event bus hands events to its subscribers before the commit, too early to read them).
     */
    public MessageDispatchInterceptor<EventMessage<?>> afterCommit() {
        return messages -> {
            if (CurrentUnitOfWork.isStarted()) {
                UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
                if (unitOfWork.resources().putIfAbsent(CHANNEL, Boolean.TRUE) == null) {
                    unitOfWork.afterCommit(committed -> signal());
                }
            }
            return (index, message) -> message;
        };
    }

    /** Wakes every listener. */
    public void signal() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                log.warn("an event commit listener failed", e);
            }
        }
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::listen, "event-commit-listener");
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
            try (Connection listening = DriverManager.getConnection(
                    database.determineUrl(), database.determineUsername(), database.determinePassword())) {
                connection = listening;
                try (Statement statement = listening.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                // whatever was committed while this node was not listening is read now
                signal();
                PGConnection pg = listening.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(RECEIVE_TIMEOUT_MS);
                    if (notifications != null && notifications.length > 0) {
                        received.addAndGet(notifications.length);
                        signal();
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn(
                            "listening for event commits failed ({}); retrying in {} s, polling meanwhile",
                            e.getMessage(),
                            RECONNECT_DELAY.toSeconds());
                    pause();
                }
            } finally {
                connection = null;
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
