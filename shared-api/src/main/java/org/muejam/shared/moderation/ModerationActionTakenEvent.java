package org.muejam.shared.moderation;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A moderator resolved the case with an action: DISMISS leaves the reports not upheld, any other upholds them. Who
 * acted, on whom and why are all here, so a case's history is its own stream.
 */
@Revision("1")
public record ModerationActionTakenEvent(
        String caseId,
        ModerationAction action,
        String moderatorId,
        String reason,
        Integer durationDays,
        ReportSubjectType subjectType,
        String subjectId,
        String authorId,
        boolean upheld,
        Instant takenAt) {}
