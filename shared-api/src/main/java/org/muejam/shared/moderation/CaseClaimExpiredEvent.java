package org.muejam.shared.moderation;

import java.time.Instant;

/** A claim ran out before its moderator acted: the case is anyone's again. */
public record CaseClaimExpiredEvent(String caseId, String moderatorId, Instant expiredAt) {}
