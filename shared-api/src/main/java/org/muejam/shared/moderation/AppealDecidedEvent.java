package org.muejam.shared.moderation;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** An appeal was decided; an UPHOLD is followed by the action's reversal. */
@Revision("1")
public record AppealDecidedEvent(
        String caseId,
        String appealId,
        String strikeId,
        String authorId,
        AppealDecision decision,
        String moderatorId,
        String reason,
        Instant decidedAt) {}
