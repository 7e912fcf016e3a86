package org.muejam.command.gdpr;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.audit.AuditMetadata;
import org.muejam.shared.gdpr.AccountDeletionCancelledEvent;
import org.muejam.shared.gdpr.AccountDeletionCompletedEvent;
import org.muejam.shared.gdpr.AccountDeletionDueEvent;
import org.muejam.shared.gdpr.AccountDeletionRequestedEvent;
import org.muejam.shared.gdpr.CancelAccountDeletionCommand;
import org.muejam.shared.gdpr.CompleteAccountDeletionCommand;
import org.muejam.shared.gdpr.DeletionRequestId;
import org.muejam.shared.gdpr.DeletionStatus;
import org.muejam.shared.gdpr.ErasedData;
import org.muejam.shared.gdpr.RequestAccountDeletionCommand;
import org.muejam.shared.identity.UserId;

/**
 * A person's request to erase their account: open for the grace period, during which they may cancel it; when the
 * grace ends (a deadline kept in PostgreSQL) the erasure is due, and the request is completed with a receipt once
 * the erasure is done. One pending request per account ({@link PendingDeletions}).
 */
@Aggregate
public class DeletionRequest {

    @AggregateIdentifier
    private String requestId;

    private UserId userId;
    private Instant scheduledFor;
    private DeletionStatus status;
    /** The grace ended: the erasure is under way and can no longer be cancelled. */
    private boolean due;

    protected DeletionRequest() {
        // for Axon
    }

    @CommandHandler
    public DeletionRequest(
            RequestAccountDeletionCommand command,
            Clock clock,
            DeletionGrace grace,
            PendingDeletions pending,
            DeadlineManager deadlines) {
        if (!DeletionRequestId.isValid(command.requestId())) {
            throw DomainRuleViolation.invalid(
                    "invalid-request-id", "requestId", "a deletion request id is deletion:<uuid>");
        }
        if (command.userId() == null) {
            throw DomainRuleViolation.invalid("account-required", null, "a deletion request names its account");
        }
        pending.claim(command.userId(), command.requestId());
        Instant now = clock.instant();
        Instant at = now.plus(grace.period());
        apply(new AccountDeletionRequestedEvent(command.requestId(), command.userId(), now, at));
        deadlines.schedule(at, DeletionDue.NAME, new DeletionDue(command.requestId(), at));
    }

    /**
     * The owner takes the request back while the grace lasts; cancelling it again stores nothing. Another person's
     * request is not found (its existence is not theirs to learn); once the grace is over it is too late.
     */
    @CommandHandler
    public void handle(
            CancelAccountDeletionCommand command, Clock clock, PendingDeletions pending, DeadlineManager deadlines) {
        if (command.requestedBy() == null || !command.requestedBy().equals(userId)) {
            throw DomainRuleViolation.notFound("deletion-request-not-found", null, "no such deletion request");
        }
        if (status == DeletionStatus.CANCELLED) {
            return;
        }
        Instant now = clock.instant();
        if (due || status == DeletionStatus.COMPLETED || !now.isBefore(scheduledFor)) {
            throw DomainRuleViolation.conflict(
                            "grace-period-over",
                            null,
                            "the grace period of this deletion request is over: the account is being or was erased")
                    .with("scheduledFor", scheduledFor);
        }
        deadlines.cancelAllWithinScope(DeletionDue.NAME);
        pending.release(userId, requestId);
        apply(new AccountDeletionCancelledEvent(requestId, userId, now));
    }

    /** The grace ended: the erasure is due (by the system), unless the request was cancelled meanwhile. */
    @DeadlineHandler(deadlineName = DeletionDue.NAME)
    void on(DeletionDue deadline, Clock clock) {
        if (status != DeletionStatus.PENDING || due) {
            return;
        }
        apply(
                new AccountDeletionDueEvent(requestId, userId, clock.instant()),
                MetaData.with(AuditMetadata.ACTOR_TYPE, "system").and(AuditMetadata.ACTOR_ID, "system"));
    }

    /** The erasure is done: the receipt is recorded once; only a due request can be completed. */
    @CommandHandler
    public void handle(CompleteAccountDeletionCommand command, Clock clock, PendingDeletions pending) {
        if (status == DeletionStatus.COMPLETED) {
            return;
        }
        if (!due) {
            throw DomainRuleViolation.conflict(
                    "deletion-not-due", null, "the deletion request is not due: its grace period has not ended");
        }
        List<String> erased = command.erased() == null
                ? List.of()
                : command.erased().stream()
                        .filter(ErasedData.ALL::contains)
                        .distinct()
                        .toList();
        pending.release(userId, requestId);
        apply(
                new AccountDeletionCompletedEvent(requestId, userId, erased, clock.instant()),
                MetaData.with(AuditMetadata.ACTOR_TYPE, "system").and(AuditMetadata.ACTOR_ID, "system"));
    }

    @EventSourcingHandler
    void on(AccountDeletionRequestedEvent event) {
        requestId = event.requestId();
        userId = event.userId();
        scheduledFor = event.scheduledFor();
        status = DeletionStatus.PENDING;
    }

    @EventSourcingHandler
    void on(AccountDeletionCancelledEvent event) {
        status = DeletionStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(AccountDeletionDueEvent event) {
        due = true;
    }

    @EventSourcingHandler
    void on(AccountDeletionCompletedEvent event) {
        status = DeletionStatus.COMPLETED;
    }
}
