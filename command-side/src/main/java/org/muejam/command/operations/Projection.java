package org.muejam.command.operations;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.operations.DeadLetterEvictedEvent;
import org.muejam.shared.operations.EvictDeadLetterCommand;

/** The operations log of one projection ("projection:&lt;processing group&gt;"): what administrators did to it. */
@Aggregate
public class Projection {

    public static final String ID_PREFIX = "projection:";
    static final int MAX_REASON = 1000;

    @AggregateIdentifier
    private String projectionId;

    protected Projection() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(EvictDeadLetterCommand command, Clock clock) {
        if (command.projectionId() == null
                || !command.projectionId().startsWith(ID_PREFIX)
                || command.projectionId().length() == ID_PREFIX.length()) {
            throw DomainRuleViolation.invalid(
                    "invalid-projection-id", null, "a projection id is " + ID_PREFIX + "<processing group>");
        }
        String reason = command.reason() == null ? "" : command.reason().strip();
        if (reason.isEmpty()) {
            throw DomainRuleViolation.invalid(
                    "reason-required",
                    "reason",
                    "say why the parked events are given up: the reason is kept in the audit trail");
        }
        if (reason.length() > MAX_REASON) {
            throw DomainRuleViolation.invalid(
                    "reason-too-long", "reason", "the reason has at most " + MAX_REASON + " characters");
        }
        if (command.eventIds() == null || command.eventIds().isEmpty()) {
            throw DomainRuleViolation.invalid("nothing-to-evict", null, "an eviction names the events it gives up");
        }
        apply(new DeadLetterEvictedEvent(
                command.projectionId(),
                command.projectionId().substring(ID_PREFIX.length()),
                command.sequenceId(),
                List.copyOf(command.eventIds()),
                command.evictedBy(),
                reason,
                clock.instant()));
    }

    @EventSourcingHandler
    void on(DeadLetterEvictedEvent event) {
        projectionId = event.projectionId();
    }
}
