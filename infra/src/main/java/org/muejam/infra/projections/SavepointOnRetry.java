package org.muejam.infra.projections;

import javax.annotation.Nonnull;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a projection's handler under a savepoint when it handles an event that already failed there. A failed
 * statement aborts the whole PostgreSQL transaction of the batch, so without the savepoint the letter could not
 * be parked in it; taking one for every event would cost two round trips each, so only retries pay for it.
 */
public class SavepointOnRetry implements HandlerEnhancerDefinition {

    private static final TransactionDefinition NESTED =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);

    private final PlatformTransactionManager transactions;
    private final FailingEvents failing;

    public SavepointOnRetry(PlatformTransactionManager transactions, FailingEvents failing) {
        this.transactions = transactions;
        this.failing = failing;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(@Nonnull MessageHandlingMember<T> original) {
        ProcessingGroup group = AnnotationUtils.findAnnotation(original.declaringClass(), ProcessingGroup.class);
        if (group == null
                || !original.canHandleMessageType(EventMessage.class)
                || !original.hasAnnotation(EventHandler.class)
                || original.hasAnnotation(EventSourcingHandler.class)
                || original.hasAnnotation(SagaEventHandler.class)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(@Nonnull Message<?> message, T target) throws Exception {
                if (!failing.hasFailed(group.value(), message.getIdentifier())
                        || !TransactionSynchronizationManager.isActualTransactionActive()) {
                    return super.handle(message, target);
                }
                TransactionStatus savepoint = transactions.getTransaction(NESTED);
                Object result;
                try {
                    result = super.handle(message, target);
                } catch (Exception | Error e) {
                    transactions.rollback(savepoint);
                    throw e;
                }
                transactions.commit(savepoint);
                return result;
            }
        };
    }
}
