package org.muejam.command.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.muejam.command.moderation.ModerationCaseTest.APPEAL;
import static org.muejam.command.moderation.ModerationCaseTest.AUTHOR;
import static org.muejam.command.moderation.ModerationCaseTest.CASE;
import static org.muejam.command.moderation.ModerationCaseTest.CLAIM;
import static org.muejam.command.moderation.ModerationCaseTest.MOD;
import static org.muejam.command.moderation.ModerationCaseTest.MOD_2;
import static org.muejam.command.moderation.ModerationCaseTest.NOW;
import static org.muejam.command.moderation.ModerationCaseTest.REPORT;
import static org.muejam.command.moderation.ModerationCaseTest.REPORTER;
import static org.muejam.command.moderation.ModerationCaseTest.STRIKE;
import static org.muejam.command.moderation.ModerationCaseTest.WINDOW;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.identity.Role;
import org.muejam.shared.moderation.AppealDecision;
import org.muejam.shared.moderation.ClaimCaseCommand;
import org.muejam.shared.moderation.DecideAppealCommand;
import org.muejam.shared.moderation.FileAppealCommand;
import org.muejam.shared.moderation.FileReportCommand;
import org.muejam.shared.moderation.ModerationAction;
import org.muejam.shared.moderation.TakeModerationActionCommand;

/** The exact bounds of a case's inputs, and the deadlines an action or a decision leaves behind. */
class CaseBoundariesTest {

    private final RecordingEffects effects = new RecordingEffects();
    private final FixtureConfiguration<ModerationCase> fixture = ModerationCaseTest.fixture(effects, effects);

    private static String refusal(Runnable call) {
        try {
            call.run();
        } catch (DomainRuleViolation refused) {
            return refused.problemType();
        }
        return null;
    }

    private static FileReportCommand withDetails(String details) {
        FileReportCommand r = ModerationCaseTest.report(REPORT, REPORTER);
        return new FileReportCommand(
                r.caseId(),
                r.reportId(),
                r.reporterId(),
                r.automated(),
                r.subjectType(),
                r.subjectId(),
                r.authorId(),
                r.reason(),
                details,
                r.snapshot(),
                r.severity());
    }

    @Test
    void detailsMayFillTheirWholeLengthAndNoMore() {
        assertThat(refusal(() -> CaseRules.requireReport(withDetails("d".repeat(CaseRules.MAX_DETAILS)))))
                .isNull();
        assertThat(refusal(() -> CaseRules.requireReport(withDetails("d".repeat(CaseRules.MAX_DETAILS + 1)))))
                .isEqualTo("details-too-long");
    }

    @Test
    void aSuspensionLastsOneTo3650DaysOrForeverAndOtherActionsHaveNoDuration() {
        assertThat(CaseRules.duration(ModerationAction.SUSPEND, 1)).isEqualTo(1);
        assertThat(CaseRules.duration(ModerationAction.SUSPEND, CaseRules.MAX_SUSPENSION_DAYS))
                .isEqualTo(3650);
        assertThat(CaseRules.duration(ModerationAction.SUSPEND, null)).isNull();
        assertThat(refusal(() -> CaseRules.duration(ModerationAction.SUSPEND, 0)))
                .isEqualTo("invalid-duration");
        assertThat(refusal(() -> CaseRules.duration(ModerationAction.SUSPEND, 3651)))
                .isEqualTo("invalid-duration");
        assertThat(CaseRules.duration(ModerationAction.WARN, 0)).isNull();
        assertThat(CaseRules.duration(ModerationAction.SHADOWBAN, 7)).isNull();
    }

    @Test
    void anAppealMayFillItsWholeLengthOnceStripped() {
        String full = "a".repeat(CaseRules.MAX_APPEAL);
        assertThat(CaseRules.appealText("  " + full + "\n")).isEqualTo(full);
        assertThat(refusal(() -> CaseRules.appealText(full + "b"))).isEqualTo("appeal-text-too-long");
        assertThat(refusal(() -> CaseRules.appealText(" \t "))).isEqualTo("appeal-text-required");
    }

    @Test
    void aRefusedActionNamesTheRoleOrTheAccount() {
        assertThatThrownBy(() -> ModerationPermissions.require(null, ModerationAction.WARN))
                .hasMessage("this account may not WARN");
        assertThatThrownBy(() -> ModerationPermissions.require(Role.MODERATOR, ModerationAction.SUSPEND))
                .hasMessage("the role MODERATOR may not SUSPEND");
        ModerationPermissions.require(Role.MODERATOR, ModerationAction.HIDE);
    }

    @Test
    void anActionEndsTheClaimsDeadline() {
        fixture.givenCommands(ModerationCaseTest.report(REPORT, REPORTER), new ClaimCaseCommand(CASE, MOD))
                .when(new TakeModerationActionCommand(
                        CASE, null, MOD, Role.MODERATOR, ModerationAction.WARN, "rude", null))
                .expectNoScheduledDeadlineWithName(NOW.plus(CLAIM), ModerationCase.CLAIM_EXPIRY)
                .expectScheduledDeadlineWithName(NOW.plus(WINDOW), ModerationCase.APPEAL_WINDOW);
    }

    @Test
    void aDecidedAppealEndsTheWindowsDeadline() {
        fixture.givenCommands(
                        ModerationCaseTest.report(REPORT, REPORTER),
                        new TakeModerationActionCommand(
                                CASE, null, MOD, Role.MODERATOR, ModerationAction.WARN, "rude", null),
                        new FileAppealCommand(CASE, STRIKE, AUTHOR, "it was a joke"))
                .when(new DecideAppealCommand(CASE, APPEAL, MOD_2, Role.MODERATOR, AppealDecision.DENY, null))
                .expectNoScheduledDeadlines();
    }
}
