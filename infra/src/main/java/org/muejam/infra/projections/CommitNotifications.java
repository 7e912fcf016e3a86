package org.muejam.infra.projections;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.common.Registration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.muejam.infra.notifications.PostgresListener;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
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
public class CommitNotifications extends PostgresListener {

    public static final String CHANNEL = "muejam_events";

    private static final Logger log = LoggerFactory.getLogger(CommitNotifications.class);

    private final Set<Runnable> listeners = new CopyOnWriteArraySet<>();
    private final AtomicLong received = new AtomicLong();

    public CommitNotifications(DataSourceProperties database) {
        super(database, CHANNEL);
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
    protected void onListen() {
        // whatever was committed while this node was not listening is read now
        signal();
    }

    @Override
    protected void onNotifications(List<PGNotification> notifications) {
        received.addAndGet(notifications.size());
        signal();
    }
}
