package org.muejam.infra.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** Carries a request's Idempotency-Key onto its commands, and records it in the transaction that handles them. */
final class IdempotencyInterceptors {

    private IdempotencyInterceptors() {}

    /** On dispatch, in the request's thread: the filter's claim becomes command metadata. */
    static final class Stamp implements MessageDispatchInterceptor<CommandMessage<?>> {
        @Override
        public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
                List<? extends CommandMessage<?>> messages) {
            return (index, command) -> {
                RequestAttributes request = RequestContextHolder.getRequestAttributes();
                Object claim = request == null
                        ? null
                        : request.getAttribute(IdempotencyClaim.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
                return claim instanceof IdempotencyClaim c ? command.andMetaData(c.toMetaData()) : command;
            };
        }
    }

    /**
     * On handling, inside the unit of work whose transaction the command bus has already started: the key's row is
     * written on the same connection as the events (Axon's SpringTransactionManager and
     * SpringDataSourceConnectionProvider, and JdbcTemplate, all take the transaction's connection), before the
     * handler runs, so a concurrent duplicate waits on the row and is refused before it does any work.
     */
    static final class Record implements MessageHandlerInterceptor<CommandMessage<?>> {
        private final IdempotencyKeys keys;
        private final Clock clock;
        private final Duration window;

        Record(IdempotencyKeys keys, Clock clock, Duration window) {
            this.keys = keys;
            this.clock = clock;
            this.window = window;
        }

        @Override
        public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
                throws Exception {
            IdempotencyClaim.fromMetaData(unitOfWork.getMessage().getMetaData()).ifPresent(claim -> {
                Instant now = clock.instant();
                keys.claim(claim, now, now.minus(window));
            });
            return chain.proceed();
        }
    }
}
