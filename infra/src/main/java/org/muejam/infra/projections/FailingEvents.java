package org.muejam.infra.projections;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Events that failed in a projection on this node and are being retried, with their count of failed handlings.
 * A retried event runs under a savepoint, so that its failure (even one that aborts the database transaction)
 * leaves the batch's transaction usable for parking it. Bounded: forgetting one only costs it another round.
 */
@Component
public class FailingEvents {

    private static final int MAX_TRACKED = 10_000;

    private final Map<String, Integer> failures = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
            return size() > MAX_TRACKED;
        }
    };

    public synchronized boolean hasFailed(String group, String eventId) {
        return failures.containsKey(key(group, eventId));
    }

    /** Counts one more failed handling of the event by the group and returns how many there were. */
    public synchronized int recordFailure(String group, String eventId) {
        return failures.merge(key(group, eventId), 1, Integer::sum);
    }

    public synchronized void forget(String group, String eventId) {
        failures.remove(key(group, eventId));
    }

    private static String key(String group, String eventId) {
        return group + "/" + eventId;
    }
}
