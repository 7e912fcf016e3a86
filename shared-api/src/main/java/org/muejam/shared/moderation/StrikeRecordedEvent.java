package org.muejam.shared.moderation;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The action counts against the author as a strike; the author may appeal it until {@code appealableUntil}. */
@Revision("1")
public record StrikeRecordedEvent(
        String caseId,
        String strikeId,
        String authorId,
        ModerationAction action,
        String reason,
        ReportSubjectType subjectType,
        String subjectId,
        Instant appealableUntil,
        Instant recordedAt) {}
