package org.muejam.command.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.muejam.command.moderation.ModerationCaseTest.CASE;
import static org.muejam.command.moderation.ModerationCaseTest.EARLIER;
import static org.muejam.command.moderation.ModerationCaseTest.MOD;
import static org.muejam.command.moderation.ModerationCaseTest.MOD_2;
import static org.muejam.command.moderation.ModerationCaseTest.NOW;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.axonframework.test.aggregate.ResultValidator;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.identity.Role;
import org.muejam.shared.moderation.AppealDecidedEvent;
import org.muejam.shared.moderation.AppealDecision;
import org.muejam.shared.moderation.AppealFiledEvent;
import org.muejam.shared.moderation.CaseClaimExpiredEvent;
import org.muejam.shared.moderation.CaseClaimedEvent;
import org.muejam.shared.moderation.CaseOpenedEvent;
import org.muejam.shared.moderation.DecideAppealCommand;
import org.muejam.shared.moderation.ModerationAction;
import org.muejam.shared.moderation.ModerationActionTakenEvent;
import org.muejam.shared.moderation.ModerationIds;
import org.muejam.shared.moderation.ReportSubjectType;
import org.muejam.shared.moderation.StrikeRecordedEvent;
import org.muejam.shared.moderation.TakeModerationActionCommand;

/**
 * The seeds' properties of moderation actions, over every role, action, subject and state of a case:
 * Property 4 (only actions valid for the case's state are accepted), Property 5 (every action taken names its
 * moderator in the events the audit trail is made of) and Property 6 (a role may only do what the matrix allows; the
 * rest is refused as forbidden, whatever the case's state).
 */
class ModerationCaseProperties {

    /** Where a case can stand when an action arrives. */
    enum State {
        OPEN,
        CLAIMED_BY_ACTOR,
        CLAIMED_BY_ANOTHER,
        CLAIM_EXPIRED,
        RESOLVED,
        APPEALED_AND_REVERSED
    }

    private static List<Object> history(State state, ReportSubjectType subject) {
        List<Object> events = new ArrayList<>();
        events.add(new CaseOpenedEvent(CASE, subject, "subject-1", "author-1", EARLIER));
        events.add(ModerationCaseTest.filed());
        switch (state) {
            case OPEN -> {}
            case CLAIMED_BY_ACTOR -> events.add(new CaseClaimedEvent(CASE, MOD.value(), EARLIER, NOW.plusSeconds(60)));
            case CLAIMED_BY_ANOTHER ->
                events.add(new CaseClaimedEvent(CASE, MOD_2.value(), EARLIER, NOW.plusSeconds(60)));
            case CLAIM_EXPIRED -> {
                events.add(new CaseClaimedEvent(CASE, MOD_2.value(), EARLIER, NOW.plusSeconds(60)));
                events.add(new CaseClaimExpiredEvent(CASE, MOD_2.value(), EARLIER));
            }
            case RESOLVED -> events.add(ModerationCaseTest.taken(ModerationAction.WARN, MOD_2));
            case APPEALED_AND_REVERSED -> {
                String appeal = ModerationIds.appealOf(CASE);
                events.add(ModerationCaseTest.taken(ModerationAction.WARN, MOD_2));
                events.add(ModerationCaseTest.strike(ModerationAction.WARN));
                events.add(new AppealFiledEvent(CASE, appeal, ModerationCaseTest.STRIKE, "author-1", "x", EARLIER));
                events.add(new AppealDecidedEvent(
                        CASE,
                        appeal,
                        ModerationCaseTest.STRIKE,
                        "author-1",
                        AppealDecision.UPHOLD,
                        MOD.value(),
                        "ok",
                        EARLIER));
            }
        }
        return events;
    }

    private static boolean open(State state) {
        return state == State.OPEN || state == State.CLAIMED_BY_ACTOR || state == State.CLAIM_EXPIRED;
    }

    private static boolean applicable(ReportSubjectType subject, ModerationAction action) {
        boolean takedown = action == ModerationAction.HIDE || action == ModerationAction.DELETE;
        return !takedown || (subject != ReportSubjectType.USER && subject != ReportSubjectType.CHAPTER);
    }

    private static ResultValidator<ModerationCase> attempt(
            State state, ReportSubjectType subject, Role role, ModerationAction action, RecordingEffects effects) {
        List<Object> given = history(state, subject);
        TakeModerationActionCommand command = new TakeModerationActionCommand(
                CASE,
                (long) given.size() - 1,
                MOD,
                role,
                action,
                "a reason",
                action == ModerationAction.SUSPEND ? 3 : null);
        return ModerationCaseTest.fixture(effects, effects).given(given).when(command);
    }

    @Property(tries = 300)
    void property4OnlyActionsValidForTheCasesStateAreAccepted(
            @ForAll State state, @ForAll ReportSubjectType subject, @ForAll ModerationAction action) {
        RecordingEffects effects = new RecordingEffects();
        ResultValidator<ModerationCase> result = attempt(state, subject, Role.ADMINISTRATOR, action, effects);
        if (open(state) && applicable(subject, action)) {
            result.expectSuccessfulHandlerExecution();
            assertThat(effects.calls).contains("release " + subject + " subject-1 " + CASE);
        } else {
            result.expectException(DomainRuleViolation.class);
            assertThat(effects.calls).isEmpty();
        }
    }

    @Property(tries = 300)
    void property5EveryActionTakenNamesItsModerator(
            @ForAll ReportSubjectType subject, @ForAll ModerationAction action) {
        RecordingEffects effects = new RecordingEffects();
        if (!applicable(subject, action)) {
            return;
        }
        List<Object> payloads = new ArrayList<>();
        attempt(State.OPEN, subject, Role.ADMINISTRATOR, action, effects)
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(new org.axonframework.test.matchers.PayloadsMatcher(
                        new org.hamcrest.CustomTypeSafeMatcher<List<?>>("events") {
                            @Override
                            protected boolean matchesSafely(List<?> events) {
                                payloads.addAll(events);
                                return true;
                            }
                        }));
        ModerationActionTakenEvent taken = (ModerationActionTakenEvent) payloads.get(0);
        assertThat(taken.moderatorId()).isEqualTo(MOD.value());
        assertThat(taken.action()).isEqualTo(action);
        assertThat(taken.reason()).isEqualTo("a reason");
        assertThat(payloads.stream().filter(StrikeRecordedEvent.class::isInstance))
                .hasSize(action.recordsStrike() ? 1 : 0);
        assertThat(effects.calls.stream().filter(call -> !call.startsWith("release ")))
                .allMatch(call -> call.contains(" " + MOD.value() + " "));
    }

    @Property(tries = 300)
    void property6ARoleDoesOnlyWhatTheMatrixAllows(
            @ForAll Role role,
            @ForAll ModerationAction action,
            @ForAll State state,
            @ForAll ReportSubjectType subject) {
        RecordingEffects effects = new RecordingEffects();
        ResultValidator<ModerationCase> result = attempt(state, subject, role, action, effects);
        boolean allowed = switch (role) {
            case USER -> false;
            case MODERATOR ->
                action == ModerationAction.DISMISS
                        || action == ModerationAction.WARN
                        || action == ModerationAction.HIDE;
            case SENIOR_MODERATOR, ADMINISTRATOR -> true;
        };
        assertThat(ModerationPermissions.allows(role, action)).isEqualTo(allowed);
        if (!allowed) {
            result.expectException(new org.hamcrest.CustomTypeSafeMatcher<DomainRuleViolation>("forbidden") {
                @Override
                protected boolean matchesSafely(DomainRuleViolation violation) {
                    return violation.kind() == DomainRuleViolation.Kind.FORBIDDEN;
                }
            });
            assertThat(effects.calls).isEmpty();
        } else if (open(state) && applicable(subject, action)) {
            result.expectSuccessfulHandlerExecution();
        }
    }

    @Property(tries = 100)
    void theModeratorWhoActedNeverDecidesTheAppeal(@ForAll Role role, @ForAll AppealDecision decision) {
        String appeal = ModerationIds.appealOf(CASE);
        List<Object> given = new ArrayList<>(history(State.RESOLVED, ReportSubjectType.COMMENT));
        given.add(ModerationCaseTest.strike(ModerationAction.WARN));
        given.add(new AppealFiledEvent(CASE, appeal, ModerationCaseTest.STRIKE, "author-1", "x", EARLIER));
        RecordingEffects effects = new RecordingEffects();
        ModerationCaseTest.fixture(effects, effects)
                .given(given)
                .when(new DecideAppealCommand(CASE, appeal, MOD_2, role, decision, null))
                .expectException(DomainRuleViolation.class);
        assertThat(effects.calls).isEmpty();
    }
}
