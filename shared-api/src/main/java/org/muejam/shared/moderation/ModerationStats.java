package org.muejam.shared.moderation;

import java.time.LocalDate;
import java.util.List;

/**
 * Moderation at a glance: cases open now; cases resolved each day of the window (UTC days, oldest first, days
 * without any included); the median time from opening to resolution over the window; the same per moderator; and
 * per reason (a case's reason is its first report's) the cases open now and those resolved in the window.
 */
public record ModerationStats(
        long openCases,
        int days,
        List<Day> resolvedPerDay,
        Double medianSecondsToResolution,
        List<Moderator> perModerator,
        List<Reason> perReason) {

    public record Day(LocalDate date, long resolved) {}

    public record Moderator(String moderatorId, long resolved, Double medianSecondsToResolution) {}

    public record Reason(String reason, long open, long resolved) {}
}
