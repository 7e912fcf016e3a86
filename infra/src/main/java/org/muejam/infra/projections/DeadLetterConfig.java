package org.muejam.infra.projections;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.Nonnull;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.axonframework.springboot.EventProcessorProperties;
import org.axonframework.springboot.util.DeadLetterQueueProviderConfigurerModule;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * Every processing group gets a sequenced dead-letter queue in PostgreSQL (table dead_letter_entry): an event that
 * still fails after the configured attempts is parked with its error, later events of its aggregate queue behind
 * it, and every other aggregate goes on. A rebuild clears the group's queue, since the replay meets those events
 * again.
 */
@Configuration
public class DeadLetterConfig {

    @Bean
    DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                .deadLetterTable("dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }

    @Bean
    SavepointOnRetry savepointOnRetry(PlatformTransactionManager transactions, FailingEvents failing) {
        return new SavepointOnRetry(transactions, failing);
    }

    /**
     * Replaces Axon's module, which gives a queue only to groups named in properties. Payloads are written with the
     * event serializer, so personal data stays encrypted in a parked letter and an erasure reaches it too.
     */
    @Bean
    DeadLetterQueueProviderConfigurerModule deadLetterQueues(
            EventProcessorProperties processorProperties,
            ListableBeanFactory beans,
            DeadLetterProperties properties,
            ConnectionProvider connections,
            TransactionManager transactionManager,
            PlatformTransactionManager transactions,
            DeadLetterSchema schema,
            Serializer serializer,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            FailingEvents failing) {
        TransactionManager savepoints = new SavepointTransactionManager(transactions);
        return new DeadLetterQueueProviderConfigurerModule(processorProperties, group -> null) {
            @Override
            public void configureModule(@Nonnull Configurer configurer) {
                configurer.eventProcessing(processing -> {
                    processing.registerDeadLetterQueueProvider(
                            group -> config -> JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                                    .processingGroup(group)
                                    .connectionProvider(connections)
                                    .transactionManager(transactionManager)
                                    .schema(schema)
                                    .genericSerializer(serializer)
                                    .eventSerializer(eventSerializer)
                                    .maxSequences(properties.maxSequences())
                                    .build());
                    for (String group : processingGroups(beans)) {
                        processing.registerDeadLetterPolicy(
                                group, config -> new RetryThenPark(group, properties.attempts(), failing));
                        // a retry of a letter runs under a savepoint, so its failure is recorded, not lost
                        processing.registerDeadLetteringEventHandlerInvokerConfiguration(
                                group,
                                (config, builder) -> builder.transactionManager(savepoints)
                                        .allowReset(true)
                                        .enableSequenceIdentifierCache());
                    }
                });
            }
        };
    }

    private static Set<String> processingGroups(ListableBeanFactory beans) {
        return Arrays.stream(beans.getBeanNamesForAnnotation(ProcessingGroup.class))
                .map(name -> beans.findAnnotationOnBean(name, ProcessingGroup.class))
                .filter(Objects::nonNull)
                .map(ProcessingGroup::value)
                .collect(Collectors.toSet());
    }

    /**
     * Axon's Spring transaction manager leaves a nested (savepoint) transaction alone on commit and rollback; this one
     * releases or rolls back the savepoint, so one letter's failed retry leaves the others' work intact.
     */
    static final class SavepointTransactionManager extends SpringTransactionManager {

        private final PlatformTransactionManager transactions;

        SavepointTransactionManager(PlatformTransactionManager transactions) {
            super(transactions, new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED));
            this.transactions = transactions;
        }

        @Override
        protected void commitTransaction(TransactionStatus status) {
            if (!status.isCompleted() && (status.isNewTransaction() || status.hasSavepoint())) {
                transactions.commit(status);
            }
        }

        @Override
        protected void rollbackTransaction(TransactionStatus status) {
            if (!status.isCompleted() && (status.isNewTransaction() || status.hasSavepoint())) {
                transactions.rollback(status);
            }
        }
    }
}
