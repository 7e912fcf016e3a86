package org.muejam.infra.web;

import java.util.concurrent.CompletionException;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryGateway;

/**
 * Asks a query and waits for its answer. A refusal thrown by a query handler reaches the caller as thrown, so it
 * keeps its HTTP status, rather than wrapped by the gateway's future.
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
}
