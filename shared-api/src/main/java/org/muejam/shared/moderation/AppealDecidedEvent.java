package org.muejam.shared.moderation;

import java.time.Instant;

/** An appeal was decided; an UPHOLD is followed by the action's reversal. */
public record AppealDecidedEvent(
        String caseId,
        String appealId,
        String strikeId,
        String authorId,
        AppealDecision decision,
        String moderatorId,
        String reason,
        Instant decidedAt) {}
