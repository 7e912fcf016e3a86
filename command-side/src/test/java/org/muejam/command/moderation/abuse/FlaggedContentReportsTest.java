package org.muejam.command.moderation.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.content.ScreeningFinding;
import org.muejam.shared.moderation.ReportReason;
import org.muejam.shared.moderation.ReportSubjectType;

class FlaggedContentReportsTest {

    @Test
    void eachFilterFilesUnderItsReason() {
        assertThat(FlaggedContentReports.reason("hate-speech")).isEqualTo(ReportReason.HATE);
        assertThat(FlaggedContentReports.reason("spam")).isEqualTo(ReportReason.SPAM);
        assertThat(FlaggedContentReports.reason("pii")).isEqualTo(ReportReason.PII);
        assertThat(FlaggedContentReports.reason("profanity")).isEqualTo(ReportReason.OTHER);
        assertThat(FlaggedContentReports.reason("malicious-url")).isEqualTo(ReportReason.OTHER);
        assertThat(FlaggedContentReports.reason(" HATE-SPEECH ")).isEqualTo(ReportReason.HATE);
        assertThat(FlaggedContentReports.reason(null)).isEqualTo(ReportReason.OTHER);
    }

    @Test
    void severityIsTheFiltersOnThreeLevels() {
        assertThat(FlaggedContentReports.severity("HIGH")).isEqualTo("HIGH");
        assertThat(FlaggedContentReports.severity("critical")).isEqualTo("HIGH");
        assertThat(FlaggedContentReports.severity("MEDIUM")).isEqualTo("MEDIUM");
        assertThat(FlaggedContentReports.severity("LOW")).isEqualTo("LOW");
        assertThat(FlaggedContentReports.severity("whatever")).isEqualTo("LOW");
        assertThat(FlaggedContentReports.severity(null)).isEqualTo("LOW");
    }

    @Test
    void aHateSpeechFlagOnACommentIsAHighReportAboutTheComment() {
        var report = FlaggedContentReports.of(
                ContentType.COMMENT,
                "comment:1",
                "user:a",
                new ScreeningFinding("hate-speech", "lexicon", "HIGH", "a term of the hate-speech lexicon"));
        assertThat(report.type()).isEqualTo(ReportSubjectType.COMMENT);
        assertThat(report.subjectId()).isEqualTo("comment:1");
        assertThat(report.authorId()).isEqualTo("user:a");
        assertThat(report.reason()).isEqualTo(ReportReason.HATE);
        assertThat(report.severity()).isEqualTo("HIGH");
        assertThat(report.details()).contains("hate-speech", "lexicon");
    }

    @Test
    void aFlagOnAReadingListIsAReportAboutItsOwnerNamingTheList() {
        var report = FlaggedContentReports.of(
                ContentType.READING_LIST,
                "list:9",
                "user:o",
                new ScreeningFinding("profanity", "word-list", "LOW", "a word of the profanity list"));
        assertThat(report.type()).isEqualTo(ReportSubjectType.USER);
        assertThat(report.subjectId()).isEqualTo("user:o");
        assertThat(report.details()).startsWith("Reading list list:9");
        assertThat(report.reason()).isEqualTo(ReportReason.OTHER);
    }

    @Test
    void aStrangeFindingStillMakesAReport() {
        var report = FlaggedContentReports.of(
                ContentType.WHISPER,
                "whisper:1",
                "user:a",
                new ScreeningFinding(null, "\u0000", "?", "d".repeat(5000)));
        assertThat(report.details()).doesNotContain("\u0000").hasSizeLessThan(700);
        assertThat(report.severity()).isEqualTo("LOW");
        assertThat(FlaggedContentReports.of(ContentType.STORY, "story:1", "user:a", null)
                        .details())
                .contains("unknown");
    }
}
