package org.muejam.command.moderation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.moderation.AppealDecidedEvent;
import org.muejam.shared.moderation.AppealDecision;
import org.muejam.shared.moderation.AppealFiledEvent;
import org.muejam.shared.moderation.AppealWindowClosedEvent;
import org.muejam.shared.moderation.CaseClaimExpiredEvent;
import org.muejam.shared.moderation.CaseClaimedEvent;
import org.muejam.shared.moderation.CaseOpenedEvent;
import org.muejam.shared.moderation.ClaimCaseCommand;
import org.muejam.shared.moderation.DecideAppealCommand;
import org.muejam.shared.moderation.FileAppealCommand;
import org.muejam.shared.moderation.FileReportCommand;
import org.muejam.shared.moderation.ModerationAction;
import org.muejam.shared.moderation.ModerationActionReversedEvent;
import org.muejam.shared.moderation.ModerationActionTakenEvent;
import org.muejam.shared.moderation.ModerationIds;
import org.muejam.shared.moderation.ReportFiledEvent;
import org.muejam.shared.moderation.ReportSubjectType;
import org.muejam.shared.moderation.StrikeRecordedEvent;
import org.muejam.shared.moderation.TakeModerationActionCommand;
import org.muejam.shared.moderation.TakedownAction;

/**
 * A moderation case ({@code case:<uuid>}): every report on one item while the case is open, a claim by a moderator,
 * the one action that resolves it, the strike that action may record, and the author's appeal of it. Its version
 * (the sequence number of its last event) guards actions: one taken on a version the moderator did not see is
 * refused. The action's effect on the content or the account is sent in the same unit of work, so both are stored
 * or neither is.
 */
@Aggregate
public class ModerationCase {

    static final String CLAIM_EXPIRY = "claim-expiry";
    static final String APPEAL_WINDOW = "appeal-window";

    /** The deadline payload of a claim's end: only the claim it was set for ends by it. */
    public record ClaimExpiry(String moderatorId, Instant expiresAt) {}

    /** The deadline payload of a strike's appeal window. */
    public record AppealWindow(String strikeId) {}

    @AggregateIdentifier
    private String caseId;

    private ReportSubjectType subjectType;
    private String subjectId;
    private String authorId;
    private final Map<String, String> reportOf = new HashMap<>();
    private ReportFiledEvent firstReport;
    private String claimedBy;
    private Instant claimExpiresAt;
    private ModerationAction action;
    private String actedBy;
    private String strikeId;
    private Instant appealableUntil;
    private boolean windowClosed;
    private String appealId;
    private boolean appealDecided;

    protected ModerationCase() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public String handle(FileReportCommand command, Clock clock) {
        CaseRules.requireReport(command);
        Instant now = clock.instant();
        if (caseId == null) {
            apply(new CaseOpenedEvent(
                    command.caseId(), command.subjectType(), command.subjectId(), command.authorId(), now));
        } else if (action != null) {
            throw DomainRuleViolation.conflict("case-resolved", null, "this case is resolved");
        } else if (subjectType != command.subjectType() || !subjectId.equals(command.subjectId())) {
            throw DomainRuleViolation.conflict("case-subject-mismatch", null, "this case is about something else");
        }
        String reporter = command.reporterId().value();
        if (!command.automated() && reportOf.containsKey(reporter)) {
            return reportOf.get(reporter);
        }
        apply(new ReportFiledEvent(
                caseId,
                command.reportId(),
                reporter,
                command.automated(),
                subjectType,
                subjectId,
                authorId,
                command.reason(),
                command.details(),
                command.snapshot(),
                command.automated() ? command.severity() : null,
                now));
        return command.reportId();
    }

    @CommandHandler
    public void handle(ClaimCaseCommand command, Clock clock, DeadlineManager deadlines, ModerationSettings settings) {
        if (command.moderatorId() == null) {
            throw DomainRuleViolation.invalid("moderator-required", null, "a claim names its moderator");
        }
        requireOpen();
        Instant now = clock.instant();
        String moderator = command.moderatorId().value();
        requireNotClaimedByAnother(moderator, now);
        Instant expiresAt = now.plus(settings.claimFor());
        deadlines.cancelAllWithinScope(CLAIM_EXPIRY);
        apply(new CaseClaimedEvent(caseId, moderator, now, expiresAt));
        deadlines.schedule(expiresAt, CLAIM_EXPIRY, new ClaimExpiry(moderator, expiresAt));
    }

    @DeadlineHandler(deadlineName = CLAIM_EXPIRY)
    public void claimEnds(ClaimExpiry expiry, Clock clock) {
        if (action == null
                && claimedBy != null
                && claimedBy.equals(expiry.moderatorId())
                && claimExpiresAt.equals(expiry.expiresAt())) {
            apply(new CaseClaimExpiredEvent(caseId, claimedBy, clock.instant()));
        }
    }

    @CommandHandler
    public void handle(
            TakeModerationActionCommand command,
            Clock clock,
            ModerationEffects effects,
            OpenCases openCases,
            DeadlineManager deadlines,
            ModerationSettings settings) {
        if (command.moderatorId() == null) {
            throw DomainRuleViolation.invalid("moderator-required", null, "an action names its moderator");
        }
        if (command.action() == null) {
            throw DomainRuleViolation.invalid(
                    "invalid-action", "action", "the action is DISMISS, WARN, HIDE, DELETE, SUSPEND or SHADOWBAN");
        }
        ModerationPermissions.require(command.moderatorRole(), command.action());
        requireOpen();
        Instant now = clock.instant();
        String moderator = command.moderatorId().value();
        requireNotClaimedByAnother(moderator, now);
        CaseRules.requireApplicable(subjectType, command.action());
        String reason = CaseRules.reason(command.action(), command.reason(), firstReport.reason());
        Integer days = CaseRules.duration(command.action(), command.durationDays());
        apply(new ModerationActionTakenEvent(
                caseId,
                command.action(),
                moderator,
                reason,
                days,
                subjectType,
                subjectId,
                authorId,
                command.action().upholds(),
                now));
        if (command.action().recordsStrike()) {
            Instant until = now.plus(settings.appealWindow());
            String strike = ModerationIds.strikeOf(caseId);
            apply(new StrikeRecordedEvent(
                    caseId, strike, authorId, command.action(), reason, subjectType, subjectId, until, now));
            deadlines.schedule(until, APPEAL_WINDOW, new AppealWindow(strike));
        }
        deadlines.cancelAllWithinScope(CLAIM_EXPIRY);
        openCases.release(subjectType, subjectId, caseId);
        UserId author = UserId.of(authorId);
        switch (command.action()) {
            case HIDE -> effects.takeDown(subjectType, subjectId, TakedownAction.HIDE, command.moderatorId(), reason);
            case DELETE ->
                effects.takeDown(subjectType, subjectId, TakedownAction.DELETE, command.moderatorId(), reason);
            case SUSPEND -> effects.suspend(author, command.moderatorId(), reason, days, caseId);
            case SHADOWBAN -> effects.shadowban(author, command.moderatorId(), reason);
            case DISMISS, WARN -> {
                // the case itself is the whole of it: the author's warning is the strike's mail
            }
        }
    }

    @CommandHandler
    public String handle(FileAppealCommand command, Clock clock) {
        if (strikeId == null
                || !strikeId.equals(command.strikeId())
                || command.authorId() == null
                || !authorId.equals(command.authorId().value())) {
            throw DomainRuleViolation.notFound("strike-not-found", "strikeId", "no strike of yours with this id");
        }
        if (appealId != null) {
            throw DomainRuleViolation.conflict("appeal-exists", "strikeId", "this strike was appealed already");
        }
        Instant now = clock.instant();
        if (windowClosed || !now.isBefore(appealableUntil)) {
            throw DomainRuleViolation.invalid(
                    "appeal-window-closed", null, "a strike is appealed within 20 days; this one no longer can be");
        }
        String text = CaseRules.appealText(command.text());
        String appeal = ModerationIds.appealOf(caseId);
        apply(new AppealFiledEvent(caseId, appeal, strikeId, authorId, text, now));
        return appeal;
    }

    @DeadlineHandler(deadlineName = APPEAL_WINDOW)
    public void appealWindowEnds(AppealWindow window, Clock clock) {
        if (appealId == null && !windowClosed && window.strikeId().equals(strikeId)) {
            apply(new AppealWindowClosedEvent(caseId, strikeId, clock.instant()));
        }
    }

    @CommandHandler
    public void handle(DecideAppealCommand command, Clock clock, ModerationEffects effects, DeadlineManager deadlines) {
        if (appealId == null || !appealId.equals(command.appealId())) {
            throw DomainRuleViolation.notFound("appeal-not-found", null, "no appeal with this id");
        }
        if (command.moderatorId() == null || !ModerationPermissions.moderates(command.moderatorRole())) {
            throw ModerationPermissions.forbidden("action-not-permitted", "only moderators decide appeals");
        }
        if (command.moderatorId().value().equals(actedBy)) {
            throw ModerationPermissions.forbidden(
                    "own-action", "an appeal is decided by a moderator other than the one who acted");
        }
        ModerationPermissions.require(command.moderatorRole(), action);
        if (command.decision() == null) {
            throw DomainRuleViolation.invalid("invalid-decision", "decision", "the decision is UPHOLD or DENY");
        }
        if (appealDecided) {
            throw DomainRuleViolation.conflict("appeal-decided", null, "this appeal was decided already");
        }
        String reason = CaseRules.decisionReason(command.decision(), command.reason());
        Instant now = clock.instant();
        String moderator = command.moderatorId().value();
        apply(new AppealDecidedEvent(caseId, appealId, strikeId, authorId, command.decision(), moderator, reason, now));
        deadlines.cancelAllWithinScope(APPEAL_WINDOW);
        if (command.decision() == AppealDecision.UPHOLD) {
            apply(new ModerationActionReversedEvent(
                    caseId, action, strikeId, subjectType, subjectId, authorId, moderator, now));
            switch (action) {
                case HIDE, DELETE ->
                    effects.takeDown(subjectType, subjectId, TakedownAction.REINSTATE, command.moderatorId(), reason);
                case SUSPEND -> effects.liftSuspension(UserId.of(authorId), command.moderatorId(), reason, caseId);
                default -> {
                    // a warning leaves nothing to undo but the strike, which the reversal overrules
                }
            }
        }
    }

    private void requireOpen() {
        if (action != null) {
            throw DomainRuleViolation.conflict("case-resolved", null, "this case is resolved");
        }
    }

    private void requireNotClaimedByAnother(String moderator, Instant now) {
        if (claimedBy != null && !claimedBy.equals(moderator) && now.isBefore(claimExpiresAt)) {
            throw DomainRuleViolation.conflict(
                    "case-claimed", null, "another moderator claimed this case until " + claimExpiresAt);
        }
    }

    @EventSourcingHandler
    void on(CaseOpenedEvent event) {
        caseId = event.caseId();
        subjectType = event.subjectType();
        subjectId = event.subjectId();
        authorId = event.authorId();
    }

    @EventSourcingHandler
    void on(ReportFiledEvent event) {
        if (firstReport == null) {
            firstReport = event;
        }
        if (!event.automated()) {
            reportOf.put(event.reporterId(), event.reportId());
        }
    }

    @EventSourcingHandler
    void on(CaseClaimedEvent event) {
        claimedBy = event.moderatorId();
        claimExpiresAt = event.expiresAt();
    }

    @EventSourcingHandler
    void on(CaseClaimExpiredEvent event) {
        claimedBy = null;
        claimExpiresAt = null;
    }

    @EventSourcingHandler
    void on(ModerationActionTakenEvent event) {
        action = event.action();
        actedBy = event.moderatorId();
        claimedBy = null;
        claimExpiresAt = null;
    }

    @EventSourcingHandler
    void on(StrikeRecordedEvent event) {
        strikeId = event.strikeId();
        appealableUntil = event.appealableUntil();
    }

    @EventSourcingHandler
    void on(AppealWindowClosedEvent event) {
        windowClosed = true;
    }

    @EventSourcingHandler
    void on(AppealFiledEvent event) {
        appealId = event.appealId();
    }

    @EventSourcingHandler
    void on(AppealDecidedEvent event) {
        appealDecided = true;
    }
}
