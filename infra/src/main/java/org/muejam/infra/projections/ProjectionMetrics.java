package org.muejam.infra.projections;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Per projection (tag group): muejam.projections.dead_letters, the events it parked, and muejam.projections.lag, the
 * events between the head of the log and its slowest segment. Axon's own processor metrics (latency, capacity)
 * come from axon-micrometer. One read serves every gauge of a scrape (kept for a second).
 */
@Component
public class ProjectionMetrics {

    private static final Duration FRESH = Duration.ofSeconds(1);

    private record Snapshot(Map<String, DeadLetters.Parked> parked, Map<String, Long> lag) {}

    private final MeterRegistry registry;
    private final EventProcessingConfiguration processing;
    private final DeadLetters deadLetters;
    private final ProjectionPositions positions;
    private final EventStore events;
    private final Clock clock;
    private Snapshot snapshot = new Snapshot(Map.of(), Map.of());
    private Instant readAt = Instant.MIN;

    public ProjectionMetrics(
            MeterRegistry registry,
            EventProcessingConfiguration processing,
            DeadLetters deadLetters,
            ProjectionPositions positions,
            EventStore events,
            Clock clock) {
        this.registry = registry;
        this.processing = processing;
        this.deadLetters = deadLetters;
        this.positions = positions;
        this.events = events;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        for (String group : processing.eventProcessors().keySet()) {
            Gauge.builder(
                            "muejam.projections.dead_letters",
                            () -> snapshot()
                                    .parked()
                                    .getOrDefault(group, DeadLetters.Parked.NONE)
                                    .count())
                    .description("Events the projection parked in its dead-letter queue")
                    .tag("group", group)
                    .register(registry);
            Gauge.builder("muejam.projections.lag", () -> snapshot().lag().getOrDefault(group, 0L))
                    .description("Events between the head of the log and the projection's slowest segment")
                    .tag("group", group)
                    .register(registry);
        }
    }

    private synchronized Snapshot snapshot() {
        Instant now = clock.instant();
        if (readAt.plus(FRESH).isBefore(now)) {
            long head = ProjectionPositions.position(events.createHeadToken());
            Map<String, Long> lag = new HashMap<>();
            for (Map.Entry<String, List<TrackingToken>> group :
                    positions.tokens().entrySet()) {
                lag.put(group.getKey(), Math.max(0, head - ProjectionPositions.slowest(group.getValue())));
            }
            snapshot = new Snapshot(deadLetters.parked(), lag);
            readAt = now;
        }
        return snapshot;
    }
}
