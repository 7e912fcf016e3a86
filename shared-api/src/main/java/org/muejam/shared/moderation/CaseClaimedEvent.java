package org.muejam.shared.moderation;

import java.time.Instant;

/** A moderator claimed the case until {@code expiresAt} (claiming it again renews the claim). */
public record CaseClaimedEvent(String caseId, String moderatorId, Instant claimedAt, Instant expiresAt) {}
