package org.muejam.shared.moderation;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A claim ran out before its moderator acted: the case is anyone's again. */
@Revision("1")
public record CaseClaimExpiredEvent(String caseId, String moderatorId, Instant expiredAt) {}
