package org.muejam.shared.moderation;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The priority of a moderation case, in points: people reporting it (duplicate reports), the gravest automated
 * finding (hate speech highest), the reporters' records (Discourse's flagger accuracy, counted only after
 * {@value #MIN_RESOLVED_FOR_ACCURACY} resolved reports), the kind of item, and time in the queue. Everything but the
 * time is fixed when the reports are filed (the base); the time adds {@value #POINTS_PER_HOUR} point an hour.
 */
public record PriorityScore(
        int reporters,
        String automatedFinding,
        int accuracyReporters,
        int reportPoints,
        int automatedPoints,
        int accuracyPoints,
        int typePoints) {

    public static final int POINTS_PER_REPORTER = 10;
    /** Reporters beyond this add nothing: a brigade of reports is not a hundred times as urgent. */
    public static final int MAX_COUNTED_REPORTERS = 20;

    public static final int MIN_RESOLVED_FOR_ACCURACY = 3;
    /** A reporter always upheld adds this much, one never upheld takes it away; one at 50% adds nothing. */
    public static final int MAX_ACCURACY_POINTS = 10;

    public static final double POINTS_PER_HOUR = 1.0;
    private static final double MILLIS_PER_HOUR = 3_600_000d;

    /** One report as the score sees it; {@code reporterAccuracy} is the record when filed, null when too short. */
    public record Report(
            boolean automated, String reporterId, ReportReason reason, String severity, Double reporterAccuracy) {}

    public int base() {
        return reportPoints + automatedPoints + accuracyPoints + typePoints;
    }

    public static PriorityScore of(ReportSubjectType type, List<Report> reports) {
        Set<String> people = new HashSet<>();
        int accuracyPoints = 0;
        int accuracyReporters = 0;
        int automatedPoints = 0;
        String finding = null;
        for (Report report : reports) {
            if (report.automated()) {
                int points = severityPoints(report.severity(), report.reason());
                if (finding == null || points > automatedPoints) {
                    automatedPoints = points;
                    finding = severity(report.severity()) + " " + (report.reason() == null ? "OTHER" : report.reason());
                }
            } else if (people.add(String.valueOf(report.reporterId())) && people.size() <= MAX_COUNTED_REPORTERS) {
                if (report.reporterAccuracy() != null) {
                    accuracyReporters++;
                    accuracyPoints += accuracyPoints(report.reporterAccuracy());
                }
            }
        }
        int counted = Math.min(people.size(), MAX_COUNTED_REPORTERS);
        return new PriorityScore(
                people.size(),
                finding,
                accuracyReporters,
                counted * POINTS_PER_REPORTER,
                automatedPoints,
                accuracyPoints,
                typePoints(type));
    }

    /** A reporter's share of upheld reports, or null while fewer than {@value #MIN_RESOLVED_FOR_ACCURACY} resolved. */
    public static Double accuracy(long resolved, long upheld) {
        if (resolved < MIN_RESOLVED_FOR_ACCURACY) {
            return null;
        }
        return Math.max(0, Math.min(1, (double) upheld / resolved));
    }

    /** -10 for a reporter never upheld, +10 for one always upheld. */
    public static int accuracyPoints(double accuracy) {
        return (int) Math.round((Math.max(0, Math.min(1, accuracy)) - 0.5) * 2 * MAX_ACCURACY_POINTS);
    }

    /** LOW 10, MEDIUM 25, HIGH 50 (an unknown or missing severity counts as LOW); hate speech counts double. */
    public static int severityPoints(String severity, ReportReason reason) {
        int points = switch (severity(severity)) {
            case "HIGH" -> 50;
            case "MEDIUM" -> 25;
            default -> 10;
        };
        return reason == ReportReason.HATE ? points * 2 : points;
    }

    /** An account reported (abuse, impersonation) weighs most, then a story (widest reach), then smaller items. */
    public static int typePoints(ReportSubjectType type) {
        if (type == null) {
            return 0;
        }
        return switch (type) {
            case USER -> 20;
            case STORY -> 15;
            case CHAPTER -> 10;
            case WHISPER, COMMENT -> 5;
        };
    }

    static String severity(String severity) {
        String value = severity == null ? "" : severity.strip().toUpperCase(Locale.ROOT);
        return value.equals("HIGH") || value.equals("MEDIUM") ? value : "LOW";
    }

    /**
     * The key the queue is sorted by, descending: {@code base - POINTS_PER_HOUR x hours since the epoch at opening}.
     * For any instant now it differs from {@link #score} by the same amount for every case, so it orders cases as
     * their scores do, and it never changes while the reports stay the same.
     */
    public static double rankKey(int base, Instant openedAt) {
        return base - POINTS_PER_HOUR * (openedAt.toEpochMilli() / MILLIS_PER_HOUR);
    }

    /** The score at {@code now}: the base plus the time in the queue (up to {@code now}, never negative). */
    public static double score(int base, Instant openedAt, Instant now) {
        return base + timePoints(openedAt, now);
    }

    public static double timePoints(Instant openedAt, Instant now) {
        return POINTS_PER_HOUR * hours(openedAt, now);
    }

    public static double hours(Instant openedAt, Instant now) {
        long millis = Math.max(0, Duration.between(openedAt, now).toMillis());
        return millis / MILLIS_PER_HOUR;
    }
}
