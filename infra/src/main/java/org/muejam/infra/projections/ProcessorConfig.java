package org.muejam.infra.projections;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.lifecycle.Phase;
import org.muejam.infra.config.MueJamProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Pooled streaming processors reading a log that is told of every commit. */
@Configuration
public class ProcessorConfig {

    /**
     * The log as projections read it: told of every commit (in this process, and on other nodes through PostgreSQL
     * notifications), so a projection starts on a new event at once; polling is only a safety net. Named as the
     * {@code source} of each processor in application.yml, and the default for the others.
     */
    @Bean
    NotifiedEventSource notifiedEventSource(
            EventStore eventStore,
            EventStorageEngine storage,
            CommitNotifications notifications,
            MueJamProperties properties) {
        return new NotifiedEventSource(
                eventStore, storage, notifications, properties.projections().pollSafetyNet());
    }

    @Bean
    ConfigurerModule processorConfiguration(
            CommitNotifications notifications, ObjectProvider<NotifiedEventSource> notified) {
        return configurer -> {
            configurer.onInitialize(config -> config.onStart(
                    Phase.INBOUND_EVENT_CONNECTORS - 1,
                    () -> config.eventStore().registerDispatchInterceptor(notifications.afterCommit())));
            configurer.eventProcessing(processing -> processing
                    .configureDefaultStreamableMessageSource(config -> notified.getObject())
                    .usingPooledStreamingEventProcessors()
                    .registerPooledStreamingEventProcessorConfiguration(
                            (config, builder) -> builder.initialSegmentCount(2).batchSize(100))
                    .registerDefaultListenerInvocationErrorHandler(config -> PropagatingErrorHandler.instance()));
        };
    }
}
