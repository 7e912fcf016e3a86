package org.muejam.shared.moderation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.UserId;

/**
 * A report on a piece of content or a person. It opens the case when the case does not exist yet and joins it
 * otherwise (duplicate reports on one item share one open case). {@code automated} reports come from the platform's
 * own filters and detectors ({@code reporterId} is then the system actor) and carry the finding's severity
 * (LOW, MEDIUM or HIGH); a person's report carries none. {@code snapshot} is the content as it stood when reported.
 */
public record FileReportCommand(
        @TargetAggregateIdentifier String caseId,
        String reportId,
        UserId reporterId,
        boolean automated,
        ReportSubjectType subjectType,
        String subjectId,
        String authorId,
        ReportReason reason,
        String details,
        String snapshot,
        String severity) {}
