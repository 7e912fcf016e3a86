package org.muejam.infra.audit;

import java.util.List;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

/**
 * Axon's JDBC storage engine whose every append also writes each event's append MAC, in the same transaction: an
 * event in the table without a matching MAC was not appended by the platform.
 */
public class AuthenticatedEventStorageEngine extends JdbcEventStorageEngine {

    private final TransactionManager transactions;
    private final AppendAuthenticator authenticator;

    public AuthenticatedEventStorageEngine(
            JdbcEventStorageEngine.Builder builder,
            TransactionManager transactions,
            AppendAuthenticator authenticator) {
        super(builder);
        this.transactions = transactions;
        this.authenticator = authenticator;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        transactions.executeInTransaction(() -> {
            super.appendEvents(events, serializer);
            authenticator.authenticate(
                    events.stream().map(EventMessage::getIdentifier).toList());
        });
    }
}
