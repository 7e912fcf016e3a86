package org.muejam.infra.projections;

import java.time.Duration;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import javax.annotation.Nonnull;
import org.axonframework.common.Registration;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * The event log as the projections read it: batches straight from the storage engine, and a stream that says when
 * new events were committed ({@link TrackingEventStream#setOnAvailableCallback}), so a pooled streaming processor
 * coordinates them at once rather than on its next half-second poll. The stream reads the database again only when
 * told of a commit, or when the safety-net interval has passed without any news.
 */
public class NotifiedEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    private final EventStore eventStore;
    private final EventStorageEngine storage;
    private final CommitNotifications notifications;
    private final Duration safetyNet;

    public NotifiedEventSource(
            EventStore eventStore, EventStorageEngine storage, CommitNotifications notifications, Duration safetyNet) {
        this.eventStore = eventStore;
        this.storage = storage;
        this.notifications = notifications;
        this.safetyNet = safetyNet;
    }

    @Override
    public TrackingEventStream openStream(TrackingToken trackingToken) {
        return new Tail(trackingToken);
    }

    @Override
    public TrackingToken createTailToken() {
        return eventStore.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return eventStore.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(@Nonnull java.time.Instant dateTime) {
        return eventStore.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(@Nonnull Duration duration) {
        return eventStore.createTokenSince(duration);
    }

    /** One processor's view of the log from its token on; used by its coordinator thread only. */
    private final class Tail implements TrackingEventStream {

        private final ReentrantLock lock = new ReentrantLock();
        private final Condition committed = lock.newCondition();
        private final Registration registration;
        private volatile boolean stale = true;
        private volatile Runnable onAvailable = () -> {};
        private TrackingToken lastToken;
        private Stream<? extends TrackedEventMessage<?>> batch;
        private Iterator<? extends TrackedEventMessage<?>> events;
        private TrackedEventMessage<?> peeked;
        private long lastRead;

        private Tail(TrackingToken from) {
            this.lastToken = from;
            this.registration = notifications.onCommit(this::wake);
        }

        private void wake() {
            stale = true;
            lock.lock();
            try {
                committed.signalAll();
            } finally {
                lock.unlock();
            }
            onAvailable.run();
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return Optional.ofNullable(next());
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            long deadline = System.nanoTime() + unit.toNanos(timeout);
            while (next() == null) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                lock.lock();
                try {
                    if (!stale) {
                        committed.awaitNanos(Math.min(left, safetyNet.toNanos()));
                    }
                } finally {
                    lock.unlock();
                }
            }
            return true;
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            while (!hasNextAvailable(Integer.MAX_VALUE, TimeUnit.MILLISECONDS)) {
                Thread.onSpinWait();
            }
            TrackedEventMessage<?> event = peeked;
            peeked = null;
            return event;
        }

        /** The next event without consuming it, reading the database when the current batch is used up. */
        private TrackedEventMessage<?> next() {
            if (peeked != null) {
                return peeked;
            }
            if (events == null || !events.hasNext()) {
                if (!stale && System.nanoTime() - lastRead < safetyNet.toNanos()) {
                    return null;
                }
                stale = false;
                lastRead = System.nanoTime();
                closeBatch();
                batch = storage.readEvents(lastToken, false);
                events = batch.iterator();
                if (!events.hasNext()) {
                    return null;
                }
            }
            peeked = events.next();
            lastToken = peeked.trackingToken();
            return peeked;
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            this.onAvailable = callback;
            return true;
        }

        @Override
        public void close() {
            registration.cancel();
            closeBatch();
        }

        private void closeBatch() {
            if (batch != null) {
                batch.close();
                batch = null;
                events = null;
            }
        }
    }
}
