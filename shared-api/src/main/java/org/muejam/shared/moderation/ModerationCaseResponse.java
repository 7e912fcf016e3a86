package org.muejam.shared.moderation;

import java.time.Instant;
import java.util.List;

/**
 * A case as a moderator reviews it: the reports with their reporters' records, the content as it was reported (the
 * first report's snapshot and the latest one), the author's earlier strikes, the score with each of its parts
 * explained, and the resolution and appeal once there are any.
 */
public record ModerationCaseResponse(
        String caseId,
        String contentType,
        String contentId,
        String authorId,
        String reason,
        String status,
        long version,
        double priorityScore,
        List<ScoreFactor> scoreExplanation,
        String scoreSummary,
        String claimedBy,
        Instant claimExpiresAt,
        Instant openedAt,
        List<Report> reports,
        AsReported asReported,
        List<AuthorStrike> authorStrikes,
        Resolution resolution,
        Appeal appeal) {

    /** One part of the score: what it looked at, what it found, and the points it gave. */
    public record ScoreFactor(String factor, String value, double points) {}

    public record Report(
            String reportId,
            String reporterId,
            String reason,
            String details,
            boolean automated,
            String severity,
            Instant filedAt,
            Double reporterAccuracy,
            String outcome) {}

    /** The content as the first report saw it, and as the latest report saw it (the same for a single report). */
    public record AsReported(Snapshot first, Snapshot latest) {}

    public record Snapshot(String reportId, Instant filedAt, String content) {}

    public record AuthorStrike(
            String strikeId, String caseId, String action, String reason, Instant recordedAt, boolean overruled) {}

    public record Resolution(
            String action,
            String moderatorId,
            String reason,
            Integer durationDays,
            Instant resolvedAt,
            boolean reversed,
            Instant reversedAt) {}

    public record Appeal(
            String appealId,
            String strikeId,
            String status,
            String text,
            Instant filedAt,
            String decidedBy,
            String decisionReason,
            Instant decidedAt) {}
}
