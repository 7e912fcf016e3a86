package org.muejam.command.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.muejam.command.testing.Violations.violation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muejam.command.shared.DomainRuleViolation.Kind;
import org.muejam.shared.identity.Role;
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
import org.muejam.shared.moderation.ReportReason;
import org.muejam.shared.moderation.ReportSubjectType;
import org.muejam.shared.moderation.StrikeRecordedEvent;
import org.muejam.shared.moderation.TakeModerationActionCommand;

/**
 * Specification of a moderation case: reports join it, a claim holds it, one action resolves it within the role
 * matrix and on the version the moderator saw, a strike can be appealed once within its window, and an upheld
 * appeal reverses the action.
 */
class ModerationCaseTest {

    static final Instant NOW = Instant.parse("2026-07-01T08:00:00Z");
    static final Instant EARLIER = NOW.minusSeconds(3_600);
    static final String CASE = "case:0b7c6a2e-1111-4c3d-9e8f-0a1b2c3d4e5f";
    static final String REPORT = "report:1c2d3e4f-2222-4a5b-8c7d-9e0f1a2b3c4d";
    static final String REPORT_2 = "report:2c2d3e4f-2222-4a5b-8c7d-9e0f1a2b3c4d";
    static final String COMMENT = "comment:3c2d3e4f-2222-4a5b-8c7d-9e0f1a2b3c4d";
    static final String STRIKE = ModerationIds.strikeOf(CASE);
    static final String APPEAL = ModerationIds.appealOf(CASE);
    static final UserId REPORTER = UserId.of("reporter-1");
    static final UserId REPORTER_2 = UserId.of("reporter-2");
    static final UserId AUTHOR = UserId.of("author-1");
    static final UserId MOD = UserId.of("mod-1");
    static final UserId MOD_2 = UserId.of("mod-2");
    static final Duration CLAIM = Duration.ofMinutes(30);
    static final Duration WINDOW = Duration.ofDays(20);

    private final RecordingEffects effects = new RecordingEffects();
    private FixtureConfiguration<ModerationCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture(effects, effects);
    }

    static FixtureConfiguration<ModerationCase> fixture(ModerationEffects effects, OpenCases openCases) {
        FixtureConfiguration<ModerationCase> fixture = new AggregateTestFixture<>(ModerationCase.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(effects);
        fixture.registerInjectableResource(openCases);
        fixture.registerInjectableResource(new ModerationSettings(CLAIM, WINDOW));
        return fixture;
    }

    static FileReportCommand report(String reportId, UserId reporter) {
        return new FileReportCommand(
                CASE,
                reportId,
                reporter,
                false,
                ReportSubjectType.COMMENT,
                COMMENT,
                AUTHOR.value(),
                ReportReason.HARASSMENT,
                "mean",
                "you are awful",
                "HIGH");
    }

    static CaseOpenedEvent opened() {
        return new CaseOpenedEvent(CASE, ReportSubjectType.COMMENT, COMMENT, AUTHOR.value(), EARLIER);
    }

    static ReportFiledEvent filed() {
        return filed(REPORT, REPORTER, EARLIER);
    }

    /** A person's harassment report on the comment, filed at {@code at}. */
    static ReportFiledEvent filed(String report, UserId reporter, Instant at) {
        return new ReportFiledEvent(
                CASE,
                report,
                reporter.value(),
                false,
                ReportSubjectType.COMMENT,
                COMMENT,
                AUTHOR.value(),
                ReportReason.HARASSMENT,
                "mean",
                "you are awful",
                null,
                at);
    }

    static ModerationActionTakenEvent taken(ModerationAction action, UserId moderator) {
        return new ModerationActionTakenEvent(
                CASE,
                action,
                moderator.value(),
                "rude",
                null,
                ReportSubjectType.COMMENT,
                COMMENT,
                AUTHOR.value(),
                action.upholds(),
                EARLIER);
    }

    static StrikeRecordedEvent strike(ModerationAction action) {
        return new StrikeRecordedEvent(
                CASE,
                STRIKE,
                AUTHOR.value(),
                action,
                "rude",
                ReportSubjectType.COMMENT,
                COMMENT,
                EARLIER.plus(WINDOW),
                EARLIER);
    }

    static TakeModerationActionCommand act(ModerationAction action, Role role, Long version) {
        return new TakeModerationActionCommand(CASE, version, MOD, role, action, "rude", null);
    }

    @Test
    void theFirstReportOpensTheCaseWithoutTheSeverityOfAPerson() {
        fixture.givenNoPriorActivity()
                .when(report(REPORT, REPORTER))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(REPORT)
                .expectEvents(
                        new CaseOpenedEvent(CASE, ReportSubjectType.COMMENT, COMMENT, AUTHOR.value(), NOW),
                        filed(REPORT, REPORTER, NOW));
    }

    @Test
    void anotherReporterJoinsTheOpenCase() {
        fixture.given(opened(), filed())
                .when(report(REPORT_2, REPORTER_2))
                .expectResultMessagePayload(REPORT_2)
                .expectEvents(filed(REPORT_2, REPORTER_2, NOW));
    }

    @Test
    void theSameReporterAgainStoresNothingAndGetsTheirReport() {
        fixture.given(opened(), filed())
                .when(report(REPORT_2, REPORTER))
                .expectResultMessagePayload(REPORT)
                .expectNoEvents();
    }

    @Test
    void automatedReportsKeepTheirSeverityAndAreNeverMerged() {
        FileReportCommand automated = new FileReportCommand(
                CASE,
                REPORT_2,
                UserId.of(ModerationIds.SYSTEM_REPORTER),
                true,
                ReportSubjectType.COMMENT,
                COMMENT,
                AUTHOR.value(),
                ReportReason.HATE,
                null,
                null,
                "HIGH");
        fixture.given(opened(), filed())
                .when(automated)
                .expectEvents(new ReportFiledEvent(
                        CASE,
                        REPORT_2,
                        "system",
                        true,
                        ReportSubjectType.COMMENT,
                        COMMENT,
                        AUTHOR.value(),
                        ReportReason.HATE,
                        null,
                        null,
                        "HIGH",
                        NOW));
    }

    @Test
    void aResolvedCaseTakesNoReport() {
        fixture.given(opened(), filed(), taken(ModerationAction.DISMISS, MOD))
                .when(report(REPORT_2, REPORTER_2))
                .expectException(violation(Kind.CONFLICT, "case-resolved"));
    }

    @Test
    void aReportAboutAnotherItemIsRefused() {
        FileReportCommand other = new FileReportCommand(
                CASE,
                REPORT_2,
                REPORTER_2,
                false,
                ReportSubjectType.WHISPER,
                "whisper:1",
                AUTHOR.value(),
                ReportReason.SPAM,
                null,
                null,
                null);
        fixture.given(opened(), filed()).when(other).expectException(violation(Kind.CONFLICT, "case-subject-mismatch"));
    }

    @Test
    void malformedReportsAreRefused() {
        fixture.givenNoPriorActivity()
                .when(new FileReportCommand(
                        CASE, REPORT, REPORTER, false, ReportSubjectType.COMMENT, COMMENT, "a", null, null, null, null))
                .expectException(violation(Kind.INVALID, "incomplete-report"));
        fixture.givenNoPriorActivity()
                .when(new FileReportCommand(
                        CASE,
                        REPORT,
                        REPORTER,
                        false,
                        ReportSubjectType.COMMENT,
                        COMMENT,
                        "a",
                        ReportReason.SPAM,
                        "x".repeat(2001),
                        null,
                        null))
                .expectException(violation(Kind.INVALID, "details-too-long"));
    }

    @Test
    void aClaimHoldsTheCaseAndSchedulesItsEnd() {
        fixture.given(opened(), filed())
                .when(new ClaimCaseCommand(CASE, MOD))
                .expectEvents(new CaseClaimedEvent(CASE, MOD.value(), NOW, NOW.plus(CLAIM)))
                .expectScheduledDeadline(NOW.plus(CLAIM), new ModerationCase.ClaimExpiry(MOD.value(), NOW.plus(CLAIM)));
    }

    @Test
    void anotherModeratorCannotClaimOrActOnAClaimedCase() {
        CaseClaimedEvent claimed = new CaseClaimedEvent(CASE, MOD_2.value(), EARLIER, NOW.plusSeconds(60));
        fixture.given(opened(), filed(), claimed)
                .when(new ClaimCaseCommand(CASE, MOD))
                .expectException(violation(Kind.CONFLICT, "case-claimed"));
        fixture.given(opened(), filed(), claimed)
                .when(act(ModerationAction.WARN, Role.MODERATOR, null))
                .expectException(violation(Kind.CONFLICT, "case-claimed"));
    }

    @Test
    void aClaimThatRanOutIsNoClaim() {
        CaseClaimedEvent claimed = new CaseClaimedEvent(CASE, MOD_2.value(), EARLIER, NOW);
        fixture.given(opened(), filed(), claimed)
                .when(new ClaimCaseCommand(CASE, MOD))
                .expectEvents(new CaseClaimedEvent(CASE, MOD.value(), NOW, NOW.plus(CLAIM)));
    }

    @Test
    void theClaimsDeadlineEndsTheClaim() {
        fixture.given(opened(), filed())
                .andGivenCommands(new ClaimCaseCommand(CASE, MOD))
                .whenTimeElapses(CLAIM.plusSeconds(1))
                .expectDeadlinesMet(new ModerationCase.ClaimExpiry(MOD.value(), NOW.plus(CLAIM)))
                .expectEvents(new CaseClaimExpiredEvent(CASE, MOD.value(), NOW));
    }

    @Test
    void aStaleDeadlineOfAnEarlierClaimEndsNothing() {
        fixture.given(opened(), filed(), new CaseClaimedEvent(CASE, MOD.value(), EARLIER, NOW.plusSeconds(5)))
                .when(new ClaimCaseCommand(CASE, MOD))
                .expectEvents(new CaseClaimedEvent(CASE, MOD.value(), NOW, NOW.plus(CLAIM)));
    }

    @Test
    void hideRecordsTheActionTheStrikeAndTakesTheCommentDown() {
        fixture.given(opened(), filed())
                .when(act(ModerationAction.HIDE, Role.MODERATOR, 1L))
                .expectEvents(
                        new ModerationActionTakenEvent(
                                CASE,
                                ModerationAction.HIDE,
                                MOD.value(),
                                "rude",
                                null,
                                ReportSubjectType.COMMENT,
                                COMMENT,
                                AUTHOR.value(),
                                true,
                                NOW),
                        new StrikeRecordedEvent(
                                CASE,
                                STRIKE,
                                AUTHOR.value(),
                                ModerationAction.HIDE,
                                "rude",
                                ReportSubjectType.COMMENT,
                                COMMENT,
                                NOW.plus(WINDOW),
                                NOW))
                .expectScheduledDeadline(NOW.plus(WINDOW), new ModerationCase.AppealWindow(STRIKE));
        assertThat(effects.calls).contains("takeDown COMMENT " + COMMENT + " HIDE mod-1 rude");
        assertThat(effects.calls).contains("release COMMENT " + COMMENT + " " + CASE);
    }

    @Test
    void dismissNeedsAReasonRecordsNoStrikeAndTouchesNothing() {
        fixture.given(opened(), filed())
                .when(new TakeModerationActionCommand(
                        CASE, 1L, MOD, Role.MODERATOR, ModerationAction.DISMISS, " ", null))
                .expectException(violation(Kind.INVALID, "reason-required"));
        fixture.given(opened(), filed())
                .when(new TakeModerationActionCommand(
                        CASE, 1L, MOD, Role.MODERATOR, ModerationAction.DISMISS, "fine", null))
                .expectEvents(new ModerationActionTakenEvent(
                        CASE,
                        ModerationAction.DISMISS,
                        MOD.value(),
                        "fine",
                        null,
                        ReportSubjectType.COMMENT,
                        COMMENT,
                        AUTHOR.value(),
                        false,
                        NOW));
        assertThat(effects.calls).allMatch(call -> call.startsWith("release "));
    }

    @Test
    void anActionWithoutAReasonFallsBackOnTheReportsReason() {
        fixture.given(opened(), filed())
                .when(new TakeModerationActionCommand(CASE, 1L, MOD, Role.MODERATOR, ModerationAction.WARN, null, null))
                .expectEvents(
                        new ModerationActionTakenEvent(
                                CASE,
                                ModerationAction.WARN,
                                MOD.value(),
                                "HARASSMENT",
                                null,
                                ReportSubjectType.COMMENT,
                                COMMENT,
                                AUTHOR.value(),
                                true,
                                NOW),
                        new StrikeRecordedEvent(
                                CASE,
                                STRIKE,
                                AUTHOR.value(),
                                ModerationAction.WARN,
                                "HARASSMENT",
                                ReportSubjectType.COMMENT,
                                COMMENT,
                                NOW.plus(WINDOW),
                                NOW));
    }

    @Test
    void aModeratorMayNotSuspendButASeniorMay() {
        fixture.given(opened(), filed())
                .when(act(ModerationAction.SUSPEND, Role.MODERATOR, 1L))
                .expectException(violation(Kind.FORBIDDEN, "action-not-permitted"));
        fixture.given(opened(), filed())
                .when(new TakeModerationActionCommand(
                        CASE, 1L, MOD, Role.SENIOR_MODERATOR, ModerationAction.SUSPEND, "rude", 7))
                .expectSuccessfulHandlerExecution();
        assertThat(effects.calls).contains("suspend author-1 mod-1 rude 7 " + CASE);
    }

    @Test
    void suspensionDaysAreBounded() {
        for (int days : new int[] {0, -1, 3651}) {
            fixture.given(opened(), filed())
                    .when(new TakeModerationActionCommand(
                            CASE, 1L, MOD, Role.ADMINISTRATOR, ModerationAction.SUSPEND, "rude", days))
                    .expectException(violation(Kind.INVALID, "invalid-duration"));
        }
    }

    @Test
    void shadowbanAndDeleteReachTheirEffects() {
        fixture.given(opened(), filed())
                .when(act(ModerationAction.SHADOWBAN, Role.SENIOR_MODERATOR, 1L))
                .expectSuccessfulHandlerExecution();
        assertThat(effects.calls).contains("shadowban author-1 mod-1 rude");
        fixture.given(opened(), filed())
                .when(act(ModerationAction.DELETE, Role.ADMINISTRATOR, 1L))
                .expectSuccessfulHandlerExecution();
        assertThat(effects.calls).contains("takeDown COMMENT " + COMMENT + " DELETE mod-1 rude");
    }

    @Test
    void aStaleVersionIsRefused() {
        fixture.given(opened(), filed(), new CaseClaimedEvent(CASE, MOD.value(), EARLIER, NOW.plusSeconds(60)))
                .when(act(ModerationAction.HIDE, Role.MODERATOR, 1L))
                .expectException(org.axonframework.modelling.command.ConflictingModificationException.class);
    }

    @Test
    void aResolvedCaseTakesNoSecondActionOrClaim() {
        fixture.given(opened(), filed(), taken(ModerationAction.DISMISS, MOD))
                .when(act(ModerationAction.HIDE, Role.MODERATOR, null))
                .expectException(violation(Kind.CONFLICT, "case-resolved"));
        fixture.given(opened(), filed(), taken(ModerationAction.DISMISS, MOD))
                .when(new ClaimCaseCommand(CASE, MOD))
                .expectException(violation(Kind.CONFLICT, "case-resolved"));
    }

    @Test
    void aPersonOrAChapterIsNotHidden() {
        CaseOpenedEvent person =
                new CaseOpenedEvent(CASE, ReportSubjectType.USER, AUTHOR.value(), AUTHOR.value(), EARLIER);
        fixture.given(person, filed())
                .when(act(ModerationAction.HIDE, Role.ADMINISTRATOR, null))
                .expectException(violation(Kind.INVALID, "action-not-applicable"));
    }

    @Test
    void theAuthorAppealsOnceWithinTheWindow() {
        fixture.given(opened(), filed(), taken(ModerationAction.HIDE, MOD), strike(ModerationAction.HIDE))
                .when(new FileAppealCommand(CASE, STRIKE, AUTHOR, " It was a quote "))
                .expectResultMessagePayload(APPEAL)
                .expectEvents(new AppealFiledEvent(CASE, APPEAL, STRIKE, AUTHOR.value(), "It was a quote", NOW));
        fixture.given(
                        opened(),
                        filed(),
                        taken(ModerationAction.HIDE, MOD),
                        strike(ModerationAction.HIDE),
                        new AppealFiledEvent(CASE, APPEAL, STRIKE, AUTHOR.value(), "x", EARLIER))
                .when(new FileAppealCommand(CASE, STRIKE, AUTHOR, "again"))
                .expectException(violation(Kind.CONFLICT, "appeal-exists"));
    }

    @Test
    void onlyTheAuthorAppealsAndOnlyTheirStrike() {
        fixture.given(opened(), filed(), taken(ModerationAction.HIDE, MOD), strike(ModerationAction.HIDE))
                .when(new FileAppealCommand(CASE, STRIKE, REPORTER, "me too"))
                .expectException(violation(Kind.NOT_FOUND, "strike-not-found"));
        fixture.given(opened(), filed(), taken(ModerationAction.DISMISS, MOD))
                .when(new FileAppealCommand(CASE, STRIKE, AUTHOR, "why"))
                .expectException(violation(Kind.NOT_FOUND, "strike-not-found"));
        fixture.given(opened(), filed(), taken(ModerationAction.HIDE, MOD), strike(ModerationAction.HIDE))
                .when(new FileAppealCommand(CASE, STRIKE, AUTHOR, " "))
                .expectException(violation(Kind.INVALID, "appeal-text-required"));
    }

    @Test
    void theWindowClosesByItsDeadlineOrItsClock() {
        fixture.given(opened(), filed())
                .andGivenCommands(act(ModerationAction.HIDE, Role.MODERATOR, 1L))
                .whenTimeElapses(WINDOW)
                .expectDeadlinesMet(new ModerationCase.AppealWindow(STRIKE))
                .expectEvents(new AppealWindowClosedEvent(CASE, STRIKE, NOW));
        StrikeRecordedEvent lapsed = new StrikeRecordedEvent(
                CASE,
                STRIKE,
                AUTHOR.value(),
                ModerationAction.HIDE,
                "rude",
                ReportSubjectType.COMMENT,
                COMMENT,
                NOW,
                EARLIER);
        fixture.given(opened(), filed(), taken(ModerationAction.HIDE, MOD), lapsed)
                .when(new FileAppealCommand(CASE, STRIKE, AUTHOR, "late"))
                .expectException(violation(Kind.INVALID, "appeal-window-closed"));
        fixture.given(
                        opened(),
                        filed(),
                        taken(ModerationAction.HIDE, MOD),
                        strike(ModerationAction.HIDE),
                        new AppealWindowClosedEvent(CASE, STRIKE, EARLIER))
                .when(new FileAppealCommand(CASE, STRIKE, AUTHOR, "late"))
                .expectException(violation(Kind.INVALID, "appeal-window-closed"));
    }

    private Object[] appealed(ModerationAction action) {
        return new Object[] {
            opened(),
            filed(),
            taken(action, MOD),
            strike(action),
            new AppealFiledEvent(CASE, APPEAL, STRIKE, AUTHOR.value(), "x", EARLIER)
        };
    }

    @Test
    void theModeratorWhoActedDoesNotDecideTheAppeal() {
        fixture.given(appealed(ModerationAction.HIDE))
                .when(new DecideAppealCommand(CASE, APPEAL, MOD, Role.ADMINISTRATOR, AppealDecision.UPHOLD, null))
                .expectException(violation(Kind.FORBIDDEN, "own-action"));
        fixture.given(appealed(ModerationAction.HIDE))
                .when(new DecideAppealCommand(CASE, APPEAL, MOD_2, Role.USER, AppealDecision.UPHOLD, null))
                .expectException(violation(Kind.FORBIDDEN, "action-not-permitted"));
        fixture.given(appealed(ModerationAction.SUSPEND))
                .when(new DecideAppealCommand(CASE, APPEAL, MOD_2, Role.MODERATOR, AppealDecision.UPHOLD, null))
                .expectException(violation(Kind.FORBIDDEN, "action-not-permitted"));
    }

    @Test
    void anUpheldAppealReversesTheHideAndGivesTheCommentBack() {
        fixture.given(appealed(ModerationAction.HIDE))
                .when(new DecideAppealCommand(CASE, APPEAL, MOD_2, Role.MODERATOR, AppealDecision.UPHOLD, "a quote"))
                .expectEvents(
                        new AppealDecidedEvent(
                                CASE,
                                APPEAL,
                                STRIKE,
                                AUTHOR.value(),
                                AppealDecision.UPHOLD,
                                MOD_2.value(),
                                "a quote",
                                NOW),
                        new ModerationActionReversedEvent(
                                CASE,
                                ModerationAction.HIDE,
                                STRIKE,
                                ReportSubjectType.COMMENT,
                                COMMENT,
                                AUTHOR.value(),
                                MOD_2.value(),
                                NOW));
        assertThat(effects.calls).contains("takeDown COMMENT " + COMMENT + " REINSTATE mod-2 a quote");
    }

    @Test
    void anUpheldAppealLiftsASuspension() {
        fixture.given(appealed(ModerationAction.SUSPEND))
                .when(new DecideAppealCommand(CASE, APPEAL, MOD_2, Role.SENIOR_MODERATOR, AppealDecision.UPHOLD, null))
                .expectSuccessfulHandlerExecution();
        assertThat(effects.calls).contains("liftSuspension author-1 mod-2 appeal upheld " + CASE);
    }

    @Test
    void aDeniedAppealChangesNothingElseAndIsDecidedOnce() {
        fixture.given(appealed(ModerationAction.HIDE))
                .when(new DecideAppealCommand(CASE, APPEAL, MOD_2, Role.MODERATOR, AppealDecision.DENY, null))
                .expectEvents(new AppealDecidedEvent(
                        CASE,
                        APPEAL,
                        STRIKE,
                        AUTHOR.value(),
                        AppealDecision.DENY,
                        MOD_2.value(),
                        "appeal denied",
                        NOW));
        assertThat(effects.calls).isEmpty();
        Object[] decided = java.util.stream.Stream.concat(
                        java.util.Arrays.stream(appealed(ModerationAction.HIDE)),
                        java.util.stream.Stream.of(new AppealDecidedEvent(
                                CASE,
                                APPEAL,
                                STRIKE,
                                AUTHOR.value(),
                                AppealDecision.DENY,
                                MOD_2.value(),
                                "no",
                                EARLIER)))
                .toArray();
        fixture.given(decided)
                .when(new DecideAppealCommand(CASE, APPEAL, MOD_2, Role.MODERATOR, AppealDecision.UPHOLD, null))
                .expectException(violation(Kind.CONFLICT, "appeal-decided"));
        fixture.given(opened(), filed())
                .when(new DecideAppealCommand(CASE, APPEAL, MOD_2, Role.MODERATOR, AppealDecision.UPHOLD, null))
                .expectException(violation(Kind.NOT_FOUND, "appeal-not-found"));
        fixture.given(appealed(ModerationAction.HIDE))
                .when(new DecideAppealCommand(CASE, APPEAL, MOD_2, Role.MODERATOR, null, null))
                .expectException(violation(Kind.INVALID, "invalid-decision"));
    }

    @Test
    void theRoleMatrixIsAsTheSeedsSay() {
        assertThat(ModerationPermissions.allows(Role.MODERATOR, ModerationAction.HIDE))
                .isTrue();
        assertThat(ModerationPermissions.allows(Role.MODERATOR, ModerationAction.DELETE))
                .isFalse();
        assertThat(ModerationPermissions.allows(Role.SENIOR_MODERATOR, ModerationAction.SHADOWBAN))
                .isTrue();
        assertThat(ModerationPermissions.allows(Role.USER, ModerationAction.DISMISS))
                .isFalse();
        assertThat(ModerationPermissions.allows(null, ModerationAction.DISMISS)).isFalse();
    }
}
