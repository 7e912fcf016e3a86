package org.muejam.command.moderation.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.muejam.command.moderation.OpenCases;
import org.muejam.command.moderation.ReportedSubjects;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.testing.RecordingCommandGateway;
import org.muejam.shared.identity.Role;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.moderation.ClaimCaseCommand;
import org.muejam.shared.moderation.DecideAppealCommand;
import org.muejam.shared.moderation.FileAppealCommand;
import org.muejam.shared.moderation.FileReportCommand;
import org.muejam.shared.moderation.ModerationAction;
import org.muejam.shared.moderation.ModerationIds;
import org.muejam.shared.moderation.ReportReason;
import org.muejam.shared.moderation.ReportSubjectType;
import org.muejam.shared.moderation.TakeModerationActionCommand;

/** The report and case use cases: what they refuse before any command, and the commands they send. */
class CaseUseCasesTest {

    private static final UserId READER = UserId.of("reader-1");
    private static final UserId MOD = UserId.of("mod-1");
    private static final String COMMENT = "comment:3c2d3e4f-2222-4a5b-8c7d-9e0f1a2b3c4d";
    private static final String CASE = "case:0b7c6a2e-1111-4c3d-9e8f-0a1b2c3d4e5f";

    /** One open case per item, as the table keeps them. */
    static final class Cases implements OpenCases {
        final Map<String, String> open = new HashMap<>();
        final List<String> released = new ArrayList<>();

        @Override
        public String claim(ReportSubjectType type, String subjectId, String proposed) {
            return open.computeIfAbsent(type + subjectId, k -> proposed);
        }

        @Override
        public void release(ReportSubjectType type, String subjectId, String caseId) {
            released.add(caseId);
            open.remove(type + subjectId, caseId);
        }
    }

    private final RecordingCommandGateway commands = new RecordingCommandGateway();
    private final Cases cases = new Cases();
    private final ReportedSubjects subjects = (type, id, viewer) -> id.equals(COMMENT)
            ? Optional.of(new ReportedSubjects.ReportedSubject("author-1", "the text"))
            : Optional.empty();
    private final Reports reports = new Reports(commands, cases, subjects);
    private final CaseDecisions decisions = new CaseDecisions(commands);

    @Test
    void aReportNamesTheSubjectItsAuthorAndSnapshotAndJoinsTheOpenCase() {
        commands.answer(FileReportCommand.class, "report:1");
        Reports.FiledReport first = reports.file(READER, " Comment ", COMMENT, "harassment", "  mean  ");
        Reports.FiledReport second = reports.file(UserId.of("reader-2"), "comment", COMMENT, "SPAM", " ");
        assertThat(second.caseId()).isEqualTo(first.caseId());
        FileReportCommand sent = commands.sent(FileReportCommand.class).get(0);
        assertThat(sent.reporterId()).isEqualTo(READER);
        assertThat(sent.automated()).isFalse();
        assertThat(sent.subjectType()).isEqualTo(ReportSubjectType.COMMENT);
        assertThat(sent.authorId()).isEqualTo("author-1");
        assertThat(sent.reason()).isEqualTo(ReportReason.HARASSMENT);
        assertThat(sent.details()).isEqualTo("mean");
        assertThat(sent.snapshot()).isEqualTo("the text");
        assertThat(sent.severity()).isNull();
        assertThat(commands.sent(FileReportCommand.class).get(1).details()).isNull();
        assertThat(first.reportId()).isEqualTo("report:1");
    }

    @Test
    void badReportsAreRefusedBeforeAnyCommand() {
        assertRefused(() -> reports.file(READER, "poem", COMMENT, "SPAM", null), "invalid-content-type");
        assertRefused(() -> reports.file(READER, null, COMMENT, "SPAM", null), "invalid-content-type");
        assertRefused(() -> reports.file(READER, "comment", COMMENT, "BORING", null), "invalid-reason");
        assertRefused(() -> reports.file(READER, "comment", COMMENT, null, null), "invalid-reason");
        assertRefused(() -> reports.file(READER, "comment", COMMENT, "SPAM", "x".repeat(2001)), "details-too-long");
        assertRefused(() -> reports.file(READER, "comment", null, "SPAM", null), "content-not-found");
        assertRefused(() -> reports.file(READER, "comment", " ", "SPAM", null), "content-not-found");
        assertRefused(() -> reports.file(READER, "comment", "c".repeat(65), "SPAM", null), "content-not-found");
        assertRefused(() -> reports.file(READER, "comment", "comment:other", "SPAM", null), "content-not-found");
        assertRefused(() -> reports.file(UserId.of("author-1"), "comment", COMMENT, "SPAM", null), "own-content");
        assertThat(commands.sent()).isEmpty();
        assertThat(reports.file(READER, "comment", COMMENT, "OTHER", "x".repeat(2000)))
                .isNotNull();
    }

    @Test
    void anAutomatedReportIsTheSystemsWithItsSeverity() {
        reports.fileAutomated(ReportSubjectType.USER, "user-9", "user-9", ReportReason.SPAM, "many accounts", "HIGH");
        FileReportCommand sent = commands.sent(FileReportCommand.class).get(0);
        assertThat(sent.reporterId().value()).isEqualTo(ModerationIds.SYSTEM_REPORTER);
        assertThat(sent.automated()).isTrue();
        assertThat(sent.severity()).isEqualTo("HIGH");
        assertThat(sent.snapshot()).isNull();
        reports.fileAutomated(ReportSubjectType.COMMENT, COMMENT, "author-1", ReportReason.HATE, null, "HIGH");
        assertThat(commands.sent(FileReportCommand.class).get(1).snapshot()).isEqualTo("the text");
    }

    @Test
    void aCaseResolvedMeanwhileIsGivenBackAndTheNextTryOpensANewOne() {
        commands.refuse(
                FileReportCommand.class, DomainRuleViolation.conflict("case-resolved", null, "this case is resolved"));
        assertRefused(() -> reports.file(READER, "comment", COMMENT, "SPAM", null), "case-resolved");
        assertThat(commands.sent(FileReportCommand.class)).hasSize(3);
        assertThat(cases.released).hasSize(3);
        assertThat(commands.sent(FileReportCommand.class).stream()
                        .map(FileReportCommand::caseId)
                        .distinct())
                .hasSize(3);
    }

    @Test
    void anotherRefusalIsPassedOnAtOnce() {
        commands.refuse(FileReportCommand.class, DomainRuleViolation.conflict("case-subject-mismatch", null, "x"));
        assertRefused(() -> reports.file(READER, "comment", COMMENT, "SPAM", null), "case-subject-mismatch");
        assertThat(commands.sent()).hasSize(1);
        assertThat(cases.released).isEmpty();
    }

    @Test
    void theHighestRoleCounts() {
        assertThat(CaseDecisions.highest(Set.of())).isEqualTo(Role.USER);
        assertThat(CaseDecisions.highest(EnumSet.of(Role.USER, Role.MODERATOR))).isEqualTo(Role.MODERATOR);
        assertThat(CaseDecisions.highest(EnumSet.of(Role.ADMINISTRATOR, Role.MODERATOR)))
                .isEqualTo(Role.ADMINISTRATOR);
    }

    @Test
    void claimsAndActionsAreForModeratorsOnKnownCases() {
        assertRefused(() -> decisions.claim(READER, Role.USER, CASE), "moderators-only");
        assertRefused(() -> decisions.claim(MOD, Role.MODERATOR, "case:nope"), "case-not-found");
        decisions.claim(MOD, Role.MODERATOR, CASE);
        assertThat(commands.sent(ClaimCaseCommand.class)).containsExactly(new ClaimCaseCommand(CASE, MOD));

        assertRefused(() -> decisions.act(MOD, Role.MODERATOR, CASE, "burn", null, null, 1L), "invalid-action");
        assertRefused(() -> decisions.act(MOD, Role.MODERATOR, CASE, null, null, null, 1L), "invalid-action");
        assertRefused(() -> decisions.act(MOD, Role.MODERATOR, CASE, "suspend", null, 3, 1L), "action-not-permitted");
        assertRefused(() -> decisions.act(MOD, Role.MODERATOR, CASE, "hide", null, null, -1L), "invalid-version");
        assertRefused(() -> decisions.act(MOD, Role.MODERATOR, null, "hide", null, null, 1L), "case-not-found");
        decisions.act(MOD, Role.MODERATOR, CASE, " hide ", "rude", null, 2L);
        assertThat(commands.sent(TakeModerationActionCommand.class))
                .containsExactly(new TakeModerationActionCommand(
                        CASE, 2L, MOD, Role.MODERATOR, ModerationAction.HIDE, "rude", null));
        decisions.act(MOD, Role.MODERATOR, CASE, "WARN", null, null, 0L);
        assertThat(commands.sent(TakeModerationActionCommand.class)).hasSize(2);
    }

    @Test
    void appealsLeadToTheirCase() {
        String strike = ModerationIds.strikeOf(CASE);
        String appeal = ModerationIds.appealOf(CASE);
        commands.answer(FileAppealCommand.class, appeal);
        assertThat(decisions.appeal(READER, strike, "why")).isEqualTo(appeal);
        assertThat(commands.sent(FileAppealCommand.class))
                .containsExactly(new FileAppealCommand(CASE, strike, READER, "why"));
        assertRefused(() -> decisions.appeal(READER, appeal, "why"), "strike-not-found");
        assertRefused(() -> decisions.appeal(READER, null, "why"), "strike-not-found");
        assertRefused(() -> decisions.appeal(READER, "strike:x", "why"), "strike-not-found");

        assertRefused(() -> decisions.decide(READER, Role.USER, appeal, "UPHOLD", null), "moderators-only");
        assertRefused(() -> decisions.decide(MOD, Role.MODERATOR, strike, "UPHOLD", null), "appeal-not-found");
        assertRefused(() -> decisions.decide(MOD, Role.MODERATOR, null, "UPHOLD", null), "appeal-not-found");
        assertRefused(() -> decisions.decide(MOD, Role.MODERATOR, appeal, "maybe", null), "invalid-decision");
        assertRefused(() -> decisions.decide(MOD, Role.MODERATOR, appeal, null, null), "invalid-decision");
        decisions.decide(MOD, Role.MODERATOR, appeal, " deny ", "no");
        assertThat(commands.sent(DecideAppealCommand.class)).hasSize(1);
        assertThat(commands.sent(DecideAppealCommand.class).get(0).decision().name())
                .isEqualTo("DENY");
    }

    private static void assertRefused(Runnable call, String problemType) {
        assertThatThrownBy(call::run)
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).problemType())
                .isEqualTo(problemType);
    }

    @Test
    void detailsMayFillTheirWholeLengthAndAnAutomatedReportAnswersItsCase() {
        commands.answer(FileReportCommand.class, "report:1");
        reports.file(READER, "comment", COMMENT, "spam", "d".repeat(2000));
        assertThatThrownBy(() -> reports.file(READER, "comment", COMMENT, "spam", "d".repeat(2001)))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class,
                        refusal -> assertThat(refusal.problemType()).isEqualTo("details-too-long"));
        Reports.FiledReport automated = reports.fileAutomated(
                ReportSubjectType.COMMENT, COMMENT, "author-1", ReportReason.HATE, "a lexicon term", "HIGH");
        assertThat(automated.reportId()).isEqualTo("report:1");
        assertThat(automated.caseId()).isEqualTo(cases.open.get(ReportSubjectType.COMMENT + COMMENT));
        FileReportCommand sent = commands.sent(FileReportCommand.class).get(1);
        assertThat(sent.automated()).isTrue();
        assertThat(sent.severity()).isEqualTo("HIGH");
        assertThat(sent.snapshot()).isEqualTo("the text");
    }
}
