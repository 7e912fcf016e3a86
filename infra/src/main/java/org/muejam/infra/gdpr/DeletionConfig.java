package org.muejam.infra.gdpr;

import org.axonframework.config.ConfigurerModule;
import org.muejam.command.gdpr.DeletionGrace;
import org.muejam.command.gdpr.ErasureLedger;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The grace period, the erasure ledger, and how the erasure processor reads the log. */
@Configuration
public class DeletionConfig {

    @Bean
    DeletionGrace deletionGrace(DeletionProperties properties) {
        return new DeletionGrace(properties.grace());
    }

    /** A file (local runs, a volume outside the backups) or an S3 bucket with Object Lock (production). */
    @Bean
    ErasureLedger erasureLedger(DeletionProperties properties, ObjectProvider<S3ErasureLedgerProperties> s3) {
        return switch (properties.ledgerStore()) {
            case FILE -> new FileErasureLedger(properties.ledger());
            case S3 -> S3ErasureLedger.open(s3.getObject());
        };
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
