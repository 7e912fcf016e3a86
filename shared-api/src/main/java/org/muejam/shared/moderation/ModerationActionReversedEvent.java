package org.muejam.shared.moderation;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * An upheld appeal reversed the case's action: the content is back, a suspension is lifted, and the strike is
 * overruled (it no longer counts against the author).
 */
@Revision("1")
public record ModerationActionReversedEvent(
        String caseId,
        ModerationAction action,
        String strikeId,
        ReportSubjectType subjectType,
        String subjectId,
        String authorId,
        String moderatorId,
        Instant reversedAt) {}
