package org.muejam.infra.gdpr;

import org.axonframework.config.ConfigurerModule;
import org.muejam.command.gdpr.DeletionGrace;
import org.muejam.command.gdpr.ErasureLedger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The grace period, the erasure ledger, and how the erasure processor reads the log. */
@Configuration
public class DeletionConfig {

    @Bean
    DeletionGrace deletionGrace(DeletionProperties properties) {
        return new DeletionGrace(properties.grace());
    }

    @Bean
    ErasureLedger erasureLedger(DeletionProperties properties) {
        return new FileErasureLedger(properties.ledger());
    }

    /**
     * Erasure is a side effect (a mail, a destroyed key): it starts at the head of the log, so a new deployment does
     * not act on the past, and never replays; one event per batch, so a retry redoes one erasure.
     */
    @Bean
    ConfigurerModule erasureProcessorConfiguration() {
        return configurer ->
                configurer.eventProcessing(processing -> processing.registerPooledStreamingEventProcessorConfiguration(
                        ErasureProcessor.NAME,
                        (config, builder) -> builder.initialSegmentCount(1)
                                .batchSize(1)
                                .initialToken(source -> source.createHeadToken())));
    }
}
