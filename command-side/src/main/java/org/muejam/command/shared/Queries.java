package org.muejam.command.shared;

import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/** Asks a read model through Axon's query bus and waits for the answer, rethrowing what the handler threw. */
public final class Queries {

    private Queries() {}

    public static <R> Optional<R> optional(QueryGateway queries, Object query, Class<R> type) {
        try {
            return queries.query(query, ResponseTypes.optionalInstanceOf(type)).join();
        } catch (CompletionException failure) {
            if (failure.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failure;
        }
    }
}
