package org.muejam.infra.projections;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.muejam.command.operations.Projection;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.operations.EvictDeadLetterCommand;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The events each projection parked: counted, listed, retried and (audited) evicted. */
@Component
public class DeadLetters {

    public record Letter(
            String sequenceId,
            String eventId,
            String aggregateId,
            Long sequenceNumber,
            String eventType,
            String error,
            long attempts,
            Instant firstFailedAt,
            Instant lastFailedAt) {}

    /** How many letters a group has parked, and the error of the one that failed last (null when none). */
    public record Parked(long count, String lastError) {
        static final Parked NONE = new Parked(0, null);
    }

    public record Retried(String sequenceId, boolean projected, long remaining) {}

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final CommandGateway commands;
    private final TransactionTemplate transaction;

    public DeadLetters(
            EventProcessingConfiguration processing,
            JdbcTemplate jdbc,
            CommandGateway commands,
            TransactionTemplate transaction) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.commands = commands;
        this.transaction = transaction;
    }

    /** Every group's parked letters in one query (health, metrics and the listing call this often). */
    public Map<String, Parked> parked() {
        Map<String, Parked> parked = new HashMap<>();
        jdbc.query("""
                SELECT processing_group, count(*),
                       (array_agg(cause_type || coalesce(': ' || cause_message, '') ORDER BY last_touched DESC)
                           FILTER (WHERE cause_type IS NOT NULL))[1]
                FROM dead_letter_entry GROUP BY processing_group""", rs -> {
            parked.put(rs.getString(1), new Parked(rs.getLong(2), rs.getString(3)));
        });
        return parked;
    }

    public Parked parked(String group) {
        return parked().getOrDefault(group, Parked.NONE);
    }

    /** Empty when the group has no dead-letter queue (or does not exist). */
    public Optional<List<Letter>> list(String group) {
        return queue(group).map(queue -> {
            List<Letter> letters = new ArrayList<>();
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
                for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                    letters.add(describe(letter));
                }
            }
            return letters;
        });
    }

    public boolean contains(String group, String sequenceId) {
        return queue(group).map(queue -> queue.contains(sequenceId)).orElse(false);
    }

    /** Hands the sequence's letters to the projection's handlers again, in order; a failure leaves them parked. */
    public Retried retry(String group, String sequenceId) {
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing
                .sequencedDeadLetterProcessor(group)
                .orElseThrow(() -> new IllegalArgumentException(group + " has no dead-letter queue"));
        boolean projected = processor.process(letter -> letter instanceof JdbcDeadLetter<?> stored
                && stored.getSequenceIdentifier().equals(sequenceId));
        long remaining =
                queue(group).map(queue -> queue.sequenceSize(sequenceId)).orElse(0L);
        return new Retried(sequenceId, projected && remaining == 0, remaining);
    }

    /**
     * Removes the sequence's letters and stores who did it and why, in one transaction: no eviction goes unrecorded,
     * and no record names an eviction that did not happen.
     */
    public List<String> evict(String group, String sequenceId, UserId evictedBy, String reason) {
        SequencedDeadLetterQueue<EventMessage<?>> queue =
                queue(group).orElseThrow(() -> new IllegalArgumentException(group + " has no dead-letter queue"));
        return transaction.execute(status -> {
            List<DeadLetter<? extends EventMessage<?>>> letters = new ArrayList<>();
            queue.deadLetterSequence(sequenceId).forEach(letters::add);
            List<String> eventIds = letters.stream()
                    .map(letter -> letter.message().getIdentifier())
                    .toList();
            if (!eventIds.isEmpty()) {
                commands.sendAndWait(new EvictDeadLetterCommand(
                        Projection.ID_PREFIX + group, sequenceId, eventIds, evictedBy, reason));
                letters.forEach(queue::evict);
            }
            return eventIds;
        });
    }

    private Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue(String group) {
        return processing.eventProcessor(group).isPresent() ? processing.deadLetterQueue(group) : Optional.empty();
    }

    private static Letter describe(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        String sequenceId = letter instanceof JdbcDeadLetter<?> stored ? stored.getSequenceIdentifier() : null;
        String aggregateId = event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
        Long sequenceNumber = event instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : null;
        String error = letter.cause()
                .map(cause -> cause.type() + (cause.message() == null ? "" : ": " + cause.message()))
                .orElse(null);
        return new Letter(
                sequenceId,
                event.getIdentifier(),
                aggregateId,
                sequenceNumber,
                event.getPayloadType().getSimpleName(),
                error,
                RetryThenPark.attemptsOf(letter.diagnostics()),
                letter.enqueuedAt(),
                letter.lastTouched());
    }
}
