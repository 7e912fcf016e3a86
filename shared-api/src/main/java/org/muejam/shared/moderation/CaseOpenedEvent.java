package org.muejam.shared.moderation;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The first report on an item opened a moderation case about it (its author is the person the case may sanction). */
@Revision("1")
public record CaseOpenedEvent(
        String caseId, ReportSubjectType subjectType, String subjectId, String authorId, Instant openedAt) {}
