package org.muejam.infra.projections;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * muejam.projections.dead_letters{group}: events each projection has parked. One query serves every group of a
 * scrape (the counts are kept for a second).
 */
@Component
public class ProjectionMetrics {

    private static final Duration FRESH = Duration.ofSeconds(1);

    private final MeterRegistry registry;
    private final EventProcessingConfiguration processing;
    private final DeadLetters deadLetters;
    private final Clock clock;
    private Map<String, DeadLetters.Parked> parked = Map.of();
    private Instant readAt = Instant.MIN;

    public ProjectionMetrics(MeterRegistry registry, EventProcessingConfiguration processing, DeadLetters deadLetters,
                             Clock clock) {
        this.registry = registry;
        this.processing = processing;
        this.deadLetters = deadLetters;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        for (String group : processing.eventProcessors().keySet()) {
            Gauge.builder("muejam.projections.dead_letters", () -> parked(group))
                    .description("Events the projection parked in its dead-letter queue")
                    .tag("group", group)
                    .register(registry);
        }
    }

    private synchronized long parked(String group) {
        Instant now = clock.instant();
        if (readAt.plus(FRESH).isBefore(now)) {
            parked = deadLetters.parked();
            readAt = now;
        }
        return parked.getOrDefault(group, DeadLetters.Parked.NONE).count();
    }
}
