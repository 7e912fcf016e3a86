package org.muejam.shared.moderation;

import java.time.Instant;

/**
 * A report joined its case: who reported (the system actor for automated ones), why, what they wrote, the content as
 * it stood then, and for an automated report the finding's severity.
 */
public record ReportFiledEvent(
        String caseId,
        String reportId,
        String reporterId,
        boolean automated,
        ReportSubjectType subjectType,
        String subjectId,
        String authorId,
        ReportReason reason,
        String details,
        String snapshot,
        String severity,
        Instant filedAt) {}
