package org.muejam.infra.projections;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes: lets a request wait (bounded) until every running projection has committed the events it
 * just stored, whichever node processes them, so the client that wrote sees its write in the next read.
 */
@Component
public class ProjectionBarrier {

    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(5);

    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processing;
    private final ProjectionPositions positions;

    public ProjectionBarrier(JdbcTemplate jdbc, EventProcessingConfiguration processing,
                             ProjectionPositions positions) {
        this.jdbc = jdbc;
        this.processing = processing;
        this.positions = positions;
    }

    /** The global position of the newest event of an aggregate, or -1 if it has none. */
    public long positionOf(String aggregateId) {
        Long position = jdbc.queryForObject(
                "SELECT max(global_index) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class,
                aggregateId);
        return position == null ? -1 : position;
    }

    public void awaitAggregate(String aggregateId) {
        await(positionOf(aggregateId), DEFAULT_WAIT);
    }

    /** Waits until the projections reach the position; returns whether they did before the deadline. */
    public boolean await(long position, Duration timeout) {
        if (position < 0) {
            return true;
        }
        TrackingToken target = GapAwareTrackingToken.newInstance(position, List.of());
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!reached(target)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private boolean reached(TrackingToken target) {
        Map<String, List<TrackingToken>> committed = positions.tokens();
        for (StreamingEventProcessor processor : processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList()) {
            if (!processor.isRunning() || processor.isError() || processor.isReplaying()) {
                continue;
            }
            for (TrackingToken token : committed.getOrDefault(processor.getName(), List.of())) {
                if (token == null || !token.covers(target)) {
                    return false;
                }
            }
        }
        return true;
    }
}
