package org.muejam.command.moderation.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.muejam.command.moderation.abuse.AbuseThresholds;
import org.muejam.command.testing.InMemoryAbuseLedger;
import org.muejam.command.testing.MovableClock;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.content.ScreeningFinding;
import org.muejam.shared.moderation.ReportReason;
import org.muejam.shared.moderation.ReportSubjectType;

class AutomatedReportsTest {

    static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    record Filed(
            ReportSubjectType type,
            String subjectId,
            String authorId,
            ReportReason reason,
            String details,
            String severity) {}

    final List<Filed> filed = new ArrayList<>();

    /** The use case's own entry point, recorded: the case aggregate behind it has tests of its own. */
    final Reports reports = new Reports(null, null, null) {
        @Override
        public FiledReport fileAutomated(
                ReportSubjectType type,
                String subjectId,
                String authorId,
                ReportReason reason,
                String details,
                String severity) {
            filed.add(new Filed(type, subjectId, authorId, reason, details, severity));
            return new FiledReport("report:x", "case:x");
        }
    };

    final MovableClock clock = new MovableClock(T0);
    final InMemoryAbuseLedger ledger = new InMemoryAbuseLedger();
    final AutomatedReports automated = new AutomatedReports(reports, AbuseThresholds.DEFAULTS, ledger, clock);

    @Test
    void aFilterFlagIsReportedAboutTheContentWithTheFiltersSeverity() {
        automated.flagged(
                ContentType.COMMENT,
                "comment:1",
                "user:a",
                new ScreeningFinding("hate-speech", "lexicon", "HIGH", "a term of the hate-speech lexicon"));
        assertThat(filed).singleElement().satisfies(report -> {
            assertThat(report.type()).isEqualTo(ReportSubjectType.COMMENT);
            assertThat(report.subjectId()).isEqualTo("comment:1");
            assertThat(report.authorId()).isEqualTo("user:a");
            assertThat(report.reason()).isEqualTo(ReportReason.HATE);
            assertThat(report.severity()).isEqualTo("HIGH");
        });
    }

    @Test
    void aDetectorFlagIsAHighReportAboutTheAccountOnceAndNeverASanction() {
        for (int i = 1; i <= 6; i++) {
            automated.registered("net-a", "user:" + i, T0.plusSeconds(i));
        }
        assertThat(filed).singleElement().satisfies(report -> {
            assertThat(report.type()).isEqualTo(ReportSubjectType.USER);
            assertThat(report.subjectId()).isEqualTo("user:5");
            assertThat(report.authorId()).isEqualTo("user:5");
            assertThat(report.reason()).isEqualTo(ReportReason.OTHER);
            assertThat(report.severity()).isEqualTo("HIGH");
            assertThat(report.details())
                    .startsWith("Abuse detector (accounts-per-address): 5 accounts")
                    .doesNotContain("net-a");
        });
    }

    @Test
    void theSameTextFromThreeAccountsIsReportedAsSpam() {
        for (int i = 1; i <= 3; i++) {
            automated.posted("text-1", 40, "user:" + i, "whisper:" + i, T0.plusSeconds(i));
        }
        assertThat(filed).singleElement().satisfies(report -> {
            assertThat(report.reason()).isEqualTo(ReportReason.SPAM);
            assertThat(report.details()).contains("duplicate-content", "user:1", "user:2");
        });
    }

    @Test
    void rapidCreationAndBotTimingAreReportedAsSpam() {
        for (int i = 0; i < 20; i++) {
            automated.created("user:bot", "comment:" + i, T0.plus(Duration.ofSeconds(25L * i)));
        }
        assertThat(filed).extracting(Filed::reason).containsOnly(ReportReason.SPAM);
        assertThat(filed)
                .extracting(Filed::details)
                .anyMatch(details -> details.startsWith("Abuse detector (bot-timing)"))
                .anyMatch(details -> details.startsWith("Abuse detector (rapid-creation): 20"));
    }

    @Test
    void detailsNeverExceedWhatAReportHolds() {
        automated.flagged(
                ContentType.READING_LIST,
                "list:" + "l".repeat(5000),
                "user:o",
                new ScreeningFinding("spam", "x".repeat(5000), "LOW", "\u0000".repeat(10)));
        assertThat(filed.get(0).details()).hasSizeLessThanOrEqualTo(2000).doesNotContain("\u0000");
        assertThat(filed.get(0).type()).isEqualTo(ReportSubjectType.USER);
    }

    @Test
    void pruningUsesTheClock() {
        automated.registered("net-a", "user:1", T0);
        clock.advance(Duration.ofHours(2));
        automated.prune();
        assertThat(ledger.observations()).isZero();
    }
}
