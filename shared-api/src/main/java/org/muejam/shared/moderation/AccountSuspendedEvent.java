package org.muejam.shared.moderation;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.identity.UserId;

/** The account is suspended until {@code until} (null: until a moderator lifts it). */
@Revision("1")
public record AccountSuspendedEvent(
        UserId userId, UserId moderatorId, String reason, Instant until, String caseId, Instant suspendedAt) {}
