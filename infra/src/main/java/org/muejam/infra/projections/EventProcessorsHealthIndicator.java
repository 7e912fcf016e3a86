package org.muejam.infra.projections;

import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/** DOWN when any event processor has stopped or is failing on an event. */
@Component("eventProcessors")
public class EventProcessorsHealthIndicator extends AbstractHealthIndicator {

    private final EventProcessingConfiguration processing;

    public EventProcessorsHealthIndicator(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Map<String, String> states = new LinkedHashMap<>();
        boolean healthy = true;
        for (var processor : processing.eventProcessors().values()) {
            boolean failing = processor.isError() || (processor instanceof StreamingEventProcessor s
                    && s.processingStatus().values().stream().anyMatch(status -> status.isErrorState()));
            boolean ok = processor.isRunning() && !failing;
            healthy &= ok;
            states.put(processor.getName(), failing ? "ERROR" : processor.isRunning() ? "RUNNING" : "STOPPED");
        }
        (healthy ? builder.up() : builder.down()).withDetails(Map.copyOf(states));
    }
}
