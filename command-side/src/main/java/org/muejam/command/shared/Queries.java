package org.muejam.command.shared;

import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryGateway;

/**
 * Asks a query through Axon's query bus and waits for the answer. A refusal thrown by a query handler reaches the
 * caller as thrown (so a problem keeps its HTTP status), not wrapped by the gateway's future.
 */
public final class Queries {

    private Queries() {}

    public static <R> R ask(QueryGateway gateway, Object query, ResponseType<R> type) {
        try {
            return gateway.query(query, type).join();
        } catch (CompletionException failure) {
            Throwable cause = failure.getCause();
            if (cause instanceof QueryExecutionException wrapped && wrapped.getCause() instanceof RuntimeException) {
                cause = wrapped.getCause();
            }
            if (cause instanceof RuntimeException thrown) {
                throw thrown;
            }
            throw failure;
        }
    }

    public static <R> Optional<R> optional(QueryGateway gateway, Object query, Class<R> type) {
        return ask(gateway, query, ResponseTypes.optionalInstanceOf(type));
    }
}
