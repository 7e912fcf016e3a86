package org.muejam.command.moderation.abuse;

import java.util.Locale;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.content.ScreeningFinding;
import org.muejam.shared.moderation.ReportReason;
import org.muejam.shared.moderation.ReportSubjectType;

/**
 * How a content filter's flag becomes an automated report: the reason from the filter that flagged (its rule, e.g.
 * hate-speech), the severity as the filter gave it (LOW, MEDIUM, HIGH; CRITICAL counts as HIGH). A reading list
 * cannot be reported as such, so a flag on one becomes a report about its owner, naming the list.
 */
public final class FlaggedContentReports {

    public record AutomatedReport(
            ReportSubjectType type,
            String subjectId,
            String authorId,
            ReportReason reason,
            String details,
            String severity) {}

    private static final int DETAIL = 300;

    private FlaggedContentReports() {}

    public static AutomatedReport of(ContentType type, String contentId, String authorId, ScreeningFinding finding) {
        String rule = finding == null ? null : finding.rule();
        String what = "flagged by the %s filter (%s): %s"
                .formatted(
                        text(rule, "unknown"),
                        text(finding == null ? null : finding.category(), "no category"),
                        text(finding == null ? null : finding.detail(), "no detail"));
        String severity = severity(finding == null ? null : finding.severity());
        if (type == ContentType.READING_LIST) {
            return new AutomatedReport(
                    ReportSubjectType.USER,
                    authorId,
                    authorId,
                    reason(rule),
                    "Reading list " + contentId + " " + what,
                    severity);
        }
        return new AutomatedReport(
                ReportSubjectType.of(type), contentId, authorId, reason(rule), "Content " + what, severity);
    }

    /** hate-speech → HATE, spam → SPAM, pii → PII; profanity, malicious-url and anything else → OTHER. */
    public static ReportReason reason(String rule) {
        if (rule == null) {
            return ReportReason.OTHER;
        }
        return switch (rule.strip().toLowerCase(Locale.ROOT)) {
            case "hate-speech" -> ReportReason.HATE;
            case "spam" -> ReportReason.SPAM;
            case "pii" -> ReportReason.PII;
            default -> ReportReason.OTHER;
        };
    }

    /** LOW, MEDIUM or HIGH; CRITICAL is HIGH, anything unknown LOW. */
    public static String severity(String given) {
        if (given == null) {
            return "LOW";
        }
        return switch (given.strip().toUpperCase(Locale.ROOT)) {
            case "HIGH", "CRITICAL" -> "HIGH";
            case "MEDIUM" -> "MEDIUM";
            default -> "LOW";
        };
    }

    private static String text(String value, String absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        String clean = value.replace("\u0000", "").strip();
        return clean.length() > DETAIL ? clean.substring(0, DETAIL) + "…" : clean;
    }
}
