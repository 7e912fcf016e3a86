package org.muejam.infra.projections;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;

/**
 * What a processing group does with an event its handler threw on. Until the event has failed {@code attempts}
 * times the batch fails, so the processor rolls it back and retries it after its back-off (a passing fault, such as
 * a dropped connection, heals); from the second attempt on the handler runs under a savepoint
 * ({@link SavepointOnRetry}), and the last failure parks the event. A letter that fails its retry stays parked,
 * one attempt more.
 */
public class RetryThenPark implements EnqueuePolicy<EventMessage<?>> {

    public static final String ATTEMPTS = "attempts";

    private final String group;
    private final int attempts;
    private final FailingEvents failing;

    public RetryThenPark(String group, int attempts, FailingEvents failing) {
        this.group = group;
        this.attempts = attempts;
        this.failing = failing;
    }

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        Throwable root = rootOf(cause);
        ThrowableCause recorded = new ThrowableCause(root.getClass().getName(), firstLine(root.getMessage()));
        if (letter instanceof JdbcDeadLetter<?>) {
            long before = attemptsOf(letter.diagnostics());
            return Decisions.requeue(recorded, parked -> parked.diagnostics().and(ATTEMPTS, before + 1));
        }
        String eventId = letter.message().getIdentifier();
        int failures = failing.recordFailure(group, eventId);
        if (failures < attempts) {
            throw new RetryLater(group, eventId, failures, cause);
        }
        failing.forget(group, eventId);
        return Decisions.enqueue(recorded, parked -> MetaData.with(ATTEMPTS, failures));
    }

    public static long attemptsOf(MetaData diagnostics) {
        return diagnostics.get(ATTEMPTS) instanceof Number n ? n.longValue() : 0;
    }

    /** The innermost cause names the fault (the driver's refusal, not the wrappers around it). */
    private static Throwable rootOf(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /** Only the first line: PostgreSQL's "Detail:" lines quote the row's values, which may be personal data. */
    private static String firstLine(String message) {
        if (message == null) {
            return null;
        }
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        return line.length() > ThrowableCause.TRUNCATED_MESSAGE_SIZE
                ? line.substring(0, ThrowableCause.TRUNCATED_MESSAGE_SIZE)
                : line;
    }

    /** Fails the batch so that the processor retries it after its back-off. */
    static final class RetryLater extends RuntimeException {
        RetryLater(String group, String eventId, int failures, Throwable cause) {
            super(group + " failed on event " + eventId + " (" + failures + " time(s)); retrying", cause);
        }
    }
}
