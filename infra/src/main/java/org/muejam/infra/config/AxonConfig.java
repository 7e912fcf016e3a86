package org.muejam.infra.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.lifecycle.Phase;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.muejam.command.identity.LockoutPolicy;
import org.muejam.infra.identity.SecurityAlertMailer;
import org.muejam.infra.personaldata.PersonalDataSerializer;
import org.muejam.infra.personaldata.SubjectKeyStore;
import org.muejam.infra.projections.CommitNotifications;
import org.muejam.infra.projections.NotifiedEventSource;
import org.muejam.shared.audit.AuditMetadata;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** Axon on PostgreSQL: JDBC storage with our table names, Jackson everywhere, pooled streaming processors. */
@Configuration
public class AxonConfig {

    /** Events one query of the event store reads at most. */
    static final int EVENT_READ_BATCH = 1000;

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

    /**
     * Axon's JDBC engine as its auto-configuration builds it, reading up to 1000 events a query instead of 100:
     * a replay reads the log in a tenth of the round trips; a live read still returns just the few new events.
     */
    @Bean
    EventStorageEngine eventStorageEngine(
            Serializer defaultSerializer,
            PersistenceExceptionResolver exceptions,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            org.axonframework.config.Configuration configuration,
            ConnectionProvider connections,
            TransactionManager transactions,
            EventSchema schema) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(exceptions)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(schema)
                .batchSize(EVENT_READ_BATCH)
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
    SubjectKeyStore subjectKeyStore(
            JdbcTemplate jdbc, PlatformTransactionManager transactions, MueJamProperties properties) {
        return new SubjectKeyStore(jdbc, transactions, properties.masterKeyBytes());
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(ObjectMapper objectMapper, SubjectKeyStore keys) {
        JacksonSerializer jackson =
                JacksonSerializer.builder().objectMapper(objectMapper.copy()).build();
        return new PersonalDataSerializer(jackson, keys);
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
                    .registerDefaultListenerInvocationErrorHandler(config -> PropagatingErrorHandler.instance())
                    // side effects (mail) start at the head of the log: a new deployment must not mail the past;
                    // batches
                    // of one, so that retrying a failed batch never mails an alert twice
                    .registerPooledStreamingEventProcessorConfiguration(
                            SecurityAlertMailer.NAME,
                            (config, builder) -> builder.initialSegmentCount(1)
                                    .batchSize(1)
                                    .initialToken(source -> source.createHeadToken())));
        };
    }

    @Bean
    LockoutPolicy lockoutPolicy(MueJamProperties properties) {
        MueJamProperties.Lockout lockout = properties.lockout();
        return new LockoutPolicy(lockout.alertAfterFailures(), lockout.lockAfterFailures(), lockout.lockDuration());
    }
}
