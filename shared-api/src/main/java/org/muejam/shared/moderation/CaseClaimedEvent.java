package org.muejam.shared.moderation;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A moderator claimed the case until {@code expiresAt} (claiming it again renews the claim). */
@Revision("1")
public record CaseClaimedEvent(String caseId, String moderatorId, Instant claimedAt, Instant expiresAt) {}
