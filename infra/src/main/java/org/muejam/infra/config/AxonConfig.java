package org.muejam.infra.config;

import java.time.Clock;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.muejam.shared.audit.AuditMetadata;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Axon on PostgreSQL: JDBC storage with our table names, and the request context every event carries. */
@Configuration
public class AxonConfig {

    /** Events one query of the event store reads at most (the engine itself is built in audit's SealConfig). */
    public static final int EVENT_READ_BATCH = 1000;

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    EventSchema eventSchema() {
        return eventStoreSchema();
    }

    /** Our table and column names for Axon's JDBC event store. */
    public static EventSchema eventStoreSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    /** Who did it, from where, in which request: copied from each command onto the events it causes. */
    @Bean
    CorrelationDataProvider requestContextProvider() {
        return new SimpleCorrelationDataProvider(
                AuditMetadata.ACTOR_ID,
                AuditMetadata.ACTOR_TYPE,
                AuditMetadata.SUBJECT_ID,
                AuditMetadata.IP_ADDRESS,
                AuditMetadata.USER_AGENT,
                AuditMetadata.REQUEST_ID);
    }
}
