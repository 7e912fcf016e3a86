package org.muejam.infra.projections;

import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * DOWN when an event processor has stopped. DEGRADED (answering 200: reads go on) while a projection has events
 * parked in its dead-letter queue, or is retrying a failed event: with the queue, no event holds a processor for
 * longer than its attempts.
 */
@Component("eventProcessors")
public class EventProcessorsHealthIndicator extends AbstractHealthIndicator {

    public static final Status DEGRADED = new Status("DEGRADED", "events are parked in a dead-letter queue");

    private final EventProcessingConfiguration processing;
    private final DeadLetters deadLetters;

    public EventProcessorsHealthIndicator(EventProcessingConfiguration processing, DeadLetters deadLetters) {
        this.processing = processing;
        this.deadLetters = deadLetters;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Map<String, DeadLetters.Parked> parked = deadLetters.parked();
        Map<String, Object> states = new LinkedHashMap<>();
        boolean healthy = true;
        boolean degraded = false;
        for (var processor : processing.eventProcessors().values()) {
            boolean failing = processor.isError()
                    || (processor instanceof StreamingEventProcessor s
                            && s.processingStatus().values().stream().anyMatch(status -> status.isErrorState()));
            long letters = parked.getOrDefault(processor.getName(), DeadLetters.Parked.NONE)
                    .count();
            healthy &= processor.isRunning();
            degraded |= letters > 0 || failing;
            states.put(
                    processor.getName(),
                    failing
                            ? "ERROR"
                            : !processor.isRunning()
                                    ? "STOPPED"
                                    : letters > 0 ? "DEGRADED (" + letters + " parked)" : "RUNNING");
        }
        builder.status(!healthy ? Status.DOWN : degraded ? DEGRADED : Status.UP).withDetails(states);
    }
}
