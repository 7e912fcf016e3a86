package org.muejam.command.moderation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.shared.ModerationReason;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.moderation.DecideDmcaTakedownCommand;
import org.muejam.shared.moderation.DmcaContentRestoredEvent;
import org.muejam.shared.moderation.DmcaCounterNoticeFiledEvent;
import org.muejam.shared.moderation.DmcaCourtActionReportedEvent;
import org.muejam.shared.moderation.DmcaIds;
import org.muejam.shared.moderation.DmcaStatus;
import org.muejam.shared.moderation.DmcaTakedownApprovedEvent;
import org.muejam.shared.moderation.DmcaTakedownRejectedEvent;
import org.muejam.shared.moderation.DmcaTakedownSubmittedEvent;
import org.muejam.shared.moderation.FileDmcaCounterNoticeCommand;
import org.muejam.shared.moderation.ModerationIds;
import org.muejam.shared.moderation.ReportDmcaCourtActionCommand;
import org.muejam.shared.moderation.ReportSubjectType;
import org.muejam.shared.moderation.SubmitDmcaTakedownCommand;
import org.muejam.shared.moderation.TakedownAction;

/**
 * A DMCA takedown notice ({@code dmca:<uuid>}): received complete (PENDING), decided once by an agent (APPROVED,
 * which takes the content down, or REJECTED), and, once approved, disputed at most once by the content's author
 * (COUNTER_NOTICED). A counter-notice sets a durable deadline ({@link DmcaRestoreWait}): when it comes and no
 * court action was reported (IN_COURT), the content is restored (RESTORED). Its events are the notice's whole
 * history.
 */
@Aggregate
public class DmcaTakedown {

    /** The deadline at which counter-noticed content comes back unless the claimant went to court. */
    static final String RESTORE = "dmca-restore";

    /** The deadline's payload: the notice it restores. */
    record Restore(String takedownId) {}

    @AggregateIdentifier
    private String takedownId;

    private DmcaStatus status;
    private ContentType contentType;
    private String contentId;
    private String storyId;
    private String authorId;
    private String workDescription;
    private String infringingUrl;

    protected DmcaTakedown() {
        // for Axon
    }

    @CommandHandler
    public DmcaTakedown(SubmitDmcaTakedownCommand command, Clock clock) {
        if (!DmcaIds.isValid(command.takedownId())) {
            throw DomainRuleViolation.invalid("invalid-takedown-id", null, "a notice is dmca:<uuid>");
        }
        DmcaNoticePolicy.requireComplete(command);
        if (command.contentType() == null || command.contentId() == null || command.authorId() == null) {
            throw DomainRuleViolation.invalid(
                    "infringing-url-unknown", null, "the infringing URL names no content on the platform");
        }
        apply(new DmcaTakedownSubmittedEvent(
                command.takedownId(),
                command.copyrightHolder().strip(),
                command.contactEmail().strip(),
                stripped(command.contactAddress()),
                stripped(command.contactPhone()),
                command.workDescription().strip(),
                command.infringingUrl().strip(),
                true,
                true,
                command.signature().strip(),
                command.contentType(),
                command.contentId(),
                command.storyId(),
                command.authorId(),
                clock.instant()));
    }

    @CommandHandler
    public void handle(DecideDmcaTakedownCommand command, Clock clock, ModerationEffects effects) {
        if (command.decision() == null) {
            throw DomainRuleViolation.invalid("invalid-decision", "decision", "the decision is APPROVE or REJECT");
        }
        if (command.agentId() == null) {
            throw DomainRuleViolation.invalid("agent-required", null, "a decision names its agent");
        }
        String reason = command.reason() == null || command.reason().isBlank()
                ? null
                : ModerationReason.require(command.reason());
        if (status != DmcaStatus.PENDING) {
            throw DomainRuleViolation.conflict(
                    "takedown-already-decided", "decision", "this notice was decided already (" + status + ")");
        }
        switch (command.decision()) {
            case APPROVE -> {
                effects.takeDown(
                        ReportSubjectType.of(takenDownType()),
                        takenDownId(),
                        TakedownAction.HIDE,
                        command.agentId(),
                        takedownReason(reason));
                apply(new DmcaTakedownApprovedEvent(
                        takedownId,
                        contentType,
                        contentId,
                        storyId,
                        authorId,
                        workDescription,
                        infringingUrl,
                        command.agentId().value(),
                        reason,
                        clock.instant()));
            }
            case REJECT ->
                apply(new DmcaTakedownRejectedEvent(
                        takedownId, command.agentId().value(), reason, clock.instant()));
        }
    }

    @CommandHandler
    public void handle(
            FileDmcaCounterNoticeCommand command, Clock clock, DeadlineManager deadlines, DmcaRestoreWait wait) {
        UserId author = command.authorId();
        if (author == null || !author.value().equals(authorId)) {
            // nobody but the author learns that a notice about the content exists
            throw notFound();
        }
        if (status == DmcaStatus.COUNTER_NOTICED) {
            throw DomainRuleViolation.conflict(
                    "counter-notice-filed", null, "a counter-notice was filed on this notice already");
        }
        if (status != DmcaStatus.APPROVED) {
            throw DomainRuleViolation.conflict(
                    "takedown-not-approved", null, "only content taken down on an approved notice is counter-noticed");
        }
        DmcaNoticePolicy.requireComplete(command);
        Instant filedAt = clock.instant();
        apply(new DmcaCounterNoticeFiledEvent(
                takedownId,
                author,
                command.statement().strip(),
                command.signature().strip(),
                filedAt));
        deadlines.schedule(wait.restoreAt(filedAt), RESTORE, new Restore(takedownId));
    }

    @CommandHandler
    public void handle(ReportDmcaCourtActionCommand command, Clock clock, DeadlineManager deadlines) {
        if (command.agentId() == null) {
            throw DomainRuleViolation.invalid("agent-required", null, "a court action is recorded by an agent");
        }
        String note =
                command.note() == null || command.note().isBlank() ? null : ModerationReason.require(command.note());
        if (status != DmcaStatus.COUNTER_NOTICED) {
            throw DomainRuleViolation.conflict(
                    "takedown-not-counter-noticed",
                    null,
                    "a court action is recorded on a counter-noticed notice whose content is still down (" + status
                            + ")");
        }
        deadlines.cancelAllWithinScope(RESTORE);
        apply(new DmcaCourtActionReportedEvent(takedownId, command.agentId().value(), note, clock.instant()));
    }

    /** The waiting period ended: without a court action the content comes back. */
    @DeadlineHandler(deadlineName = RESTORE)
    void restore(Restore restore, Clock clock, ModerationEffects effects) {
        if (status != DmcaStatus.COUNTER_NOTICED) {
            return;
        }
        effects.takeDown(
                ReportSubjectType.of(takenDownType()),
                takenDownId(),
                TakedownAction.REINSTATE,
                UserId.of(ModerationIds.SYSTEM_REPORTER),
                "DMCA notice " + takedownId + ": counter-notice stood, no court action reported");
        apply(new DmcaContentRestoredEvent(takedownId, contentType, contentId, storyId, authorId, clock.instant()));
    }

    /** A chapter is taken down with its story (decision 0033). */
    private ContentType takenDownType() {
        return contentType == ContentType.CHAPTER ? ContentType.STORY : contentType;
    }

    private String takenDownId() {
        return contentType == ContentType.CHAPTER ? storyId : contentId;
    }

    public static DomainRuleViolation notFound() {
        return DomainRuleViolation.notFound("takedown-not-found", null, "no DMCA notice with this id");
    }

    private String takedownReason(String reason) {
        String why = "DMCA takedown notice " + takedownId + (reason == null ? "" : ": " + reason);
        return why.length() <= ModerationReason.MAX ? why : why.substring(0, ModerationReason.MAX);
    }

    private static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @EventSourcingHandler
    void on(DmcaTakedownSubmittedEvent event) {
        takedownId = event.takedownId();
        status = DmcaStatus.PENDING;
        contentType = event.contentType();
        contentId = event.contentId();
        storyId = event.storyId();
        authorId = event.authorId();
        workDescription = event.workDescription();
        infringingUrl = event.infringingUrl();
    }

    @EventSourcingHandler
    void on(DmcaTakedownApprovedEvent event) {
        status = DmcaStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(DmcaTakedownRejectedEvent event) {
        status = DmcaStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(DmcaCounterNoticeFiledEvent event) {
        status = DmcaStatus.COUNTER_NOTICED;
    }

    @EventSourcingHandler
    void on(DmcaCourtActionReportedEvent event) {
        status = DmcaStatus.IN_COURT;
    }

    @EventSourcingHandler
    void on(DmcaContentRestoredEvent event) {
        status = DmcaStatus.RESTORED;
    }
}
