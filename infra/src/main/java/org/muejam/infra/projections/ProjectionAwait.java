package org.muejam.infra.projections;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.muejam.infra.config.MueJamProperties;
import org.muejam.query.shared.ReadModelFreshness;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes on request: waits, bounded, until projections have processed a position of the event log. A
 * projection whose every segment this node processes is checked in memory; otherwise the committed tokens of all
 * its segments are read from the token store, so the answer holds whichever node projects what. Commands never
 * wait here; reads do, when a client asks (X-Await-Position) or a flow of the platform's own needs its last write.
 */
@Component
public class ProjectionAwait implements ReadModelFreshness {

    private static final long MAX_PAUSE_NANOS = Duration.ofMillis(10).toNanos();

    private final JdbcTemplate jdbc;
    private final ObjectProvider<EventProcessingConfiguration> processing;
    private final ObjectProvider<ProjectionPositions> positions;
    private final Duration timeout;

    /** The processors are looked up when first needed: readers, and through them command handlers, use this. */
    public ProjectionAwait(
            JdbcTemplate jdbc,
            ObjectProvider<EventProcessingConfiguration> processing,
            ObjectProvider<ProjectionPositions> positions,
            MueJamProperties properties) {
        this.jdbc = jdbc;
        this.processing = processing;
        this.positions = positions;
        this.timeout = properties.projections().awaitTimeout();
    }

    /** How long a wait lasts at most unless the caller says otherwise. */
    public Duration timeout() {
        return timeout;
    }

    /** The position of the newest event stored, by any node; -1 for an empty log. */
    public long head() {
        Long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        return head == null ? -1 : head;
    }

    /** The global position of the newest event of an aggregate, or -1 if it has none. */
    public long positionOf(String aggregateId) {
        List<Long> newest = jdbc.queryForList("""
                SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ?
                ORDER BY sequence_number DESC LIMIT 1""", Long.class, aggregateId);
        return newest.isEmpty() ? -1 : newest.get(0);
    }

    @Override
    public boolean awaitAggregate(String readModel, String aggregateId) {
        return await(List.of(readModel), positionOf(aggregateId), timeout);
    }

    /**
     * Waits until every named projection (every projection, when none is named) has processed the event at the
     * position; returns whether they did before the timeout.
     */
    public boolean await(Collection<String> projections, long position, Duration timeout) {
        if (position < 0) {
            return true;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = Duration.ofMillis(1).toNanos();
        while (!reached(projections, position)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                Thread.sleep(Duration.ofNanos(Math.min(pause, left)).toMillis() + 1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            pause = Math.min(pause * 2, MAX_PAUSE_NANOS);
        }
        return true;
    }

    private boolean reached(Collection<String> projections, long position) {
        Map<String, List<TrackingToken>> committed = null;
        for (String name : names(projections)) {
            Map<Integer, EventTrackerStatus> here = heldHere(name);
            if (here != null) {
                if (!here.values().stream().allMatch(status -> passed(status.getTrackingToken(), position))) {
                    return false;
                }
                continue;
            }
            if (committed == null) {
                committed = positions.getObject().tokens();
            }
            List<TrackingToken> tokens = committed.get(name);
            if (tokens == null || tokens.isEmpty() || !tokens.stream().allMatch(t -> passed(t, position))) {
                return false;
            }
        }
        return true;
    }

    /** The named projections, or every projection this node knows of or finds in the token store. */
    private Collection<String> names(Collection<String> projections) {
        if (!projections.isEmpty()) {
            return projections;
        }
        Set<String> all =
                new LinkedHashSet<>(processing.getObject().eventProcessors().keySet());
        all.addAll(jdbc.queryForList("SELECT DISTINCT processor_name FROM token_entry", String.class));
        return all;
    }

    /** The statuses of a projection whose every segment this node processes without error, else null. */
    private Map<Integer, EventTrackerStatus> heldHere(String name) {
        return processing
                .getObject()
                .eventProcessor(name)
                .filter(StreamingEventProcessor.class::isInstance)
                .map(p -> ((StreamingEventProcessor) p).processingStatus())
                .filter(statuses -> !statuses.isEmpty()
                        && statuses.values().stream().noneMatch(EventTrackerStatus::isErrorState)
                        && statuses.values().stream()
                                        .mapToDouble(s -> 1.0 / (s.getSegment().getMask() + 1L))
                                        .sum()
                                >= 1.0 - 1e-9)
                .orElse(null);
    }

    /**
     * Whether a token has passed the event at the position: its position is there and the event is not among the
     * gaps it still waits for. Older gaps do not matter: they are other writers' transactions, not this write.
     */
    static boolean passed(TrackingToken token, long position) {
        if (token == null) {
            return false;
        }
        if (token instanceof ReplayToken replay) {
            // rebuilt in place: an event from before the reset has its rows already
            return passed(replay.getTokenAtReset(), position) || passed(replay.getCurrentToken(), position);
        }
        TrackingToken raw = WrappedToken.unwrapLowerBound(token);
        if (raw instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex() >= position && !gapAware.getGaps().contains(position);
        }
        return raw != null && raw.position().orElse(-1) >= position;
    }
}
