package org.muejam.shared.moderation;

import java.time.Instant;
import java.util.List;

/**
 * A reporter's reports, newest first, and their outcomes: UPHELD, NOT_UPHELD or OVERTURNED (upheld, then reversed
 * on appeal) with the action's category, never the moderator's words or name.
 */
public record OwnReportList(List<OwnReport> items) {

    public record OwnReport(
            String reportId,
            String caseId,
            String contentType,
            String contentId,
            String reason,
            Instant filedAt,
            String status,
            String outcome,
            String outcomeReason) {}
}
