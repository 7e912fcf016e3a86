package org.muejam.infra.audit;

import java.nio.file.Path;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.muejam.infra.config.AxonConfig;
import org.muejam.infra.config.MueJamProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The seal's keys, the event store that authenticates every append, and where checkpoints are published. */
@Configuration
public class SealConfig {

    /** Checked at start-up: the platform does not start without a usable seal key. */
    @Bean
    SealKey sealKey(MueJamProperties properties) {
        return SealKey.fromBase64(properties.audit().sealKey());
    }

    /** Checked at start-up: the platform does not start without a usable checkpoint key. */
    @Bean
    CheckpointSigner checkpointSigner(MueJamProperties properties) {
        return CheckpointSigner.fromPrivateKey(properties.audit().checkpoints().key());
    }

    @Bean
    AppendAuthenticator appendAuthenticator(JdbcTemplate jdbc, SealKey key) {
        return new AppendAuthenticator(jdbc, key);
    }

    /**
     * Axon's JDBC engine as its auto-configuration builds it, reading up to 1000 events a query instead of 100:
     * a replay reads the log in a tenth of the round trips; a live read still returns just the few new events. Every
     * append also writes each event's append MAC in the same transaction (docs/decisions/0021).
     */
    @Bean
    EventStorageEngine eventStorageEngine(
            Serializer defaultSerializer,
            PersistenceExceptionResolver exceptions,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            org.axonframework.config.Configuration configuration,
            ConnectionProvider connections,
            TransactionManager transactions,
            EventSchema schema,
            AppendAuthenticator authenticator) {
        JdbcEventStorageEngine.Builder builder = JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(exceptions)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(schema)
                .batchSize(AxonConfig.EVENT_READ_BATCH);
        return new AuthenticatedEventStorageEngine(builder, transactions, authenticator);
    }

    /** The default store: a local append-only file (muejam.audit.checkpoints.file, MUEJAM_CHECKPOINT_FILE). */
    @Bean
    @ConditionalOnProperty(name = "muejam.audit.checkpoints.store", havingValue = "file", matchIfMissing = true)
    CheckpointStore fileCheckpointStore(MueJamProperties properties) {
        return new FileCheckpointStore(Path.of(properties.audit().checkpoints().file()));
    }
}
