package org.muejam.shared.moderation;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.identity.UserId;

/** The suspension ended: lifted by a moderator (an upheld appeal), or ran out ({@code moderatorId} null). */
@Revision("1")
public record AccountSuspensionLiftedEvent(
        UserId userId, UserId moderatorId, String reason, String caseId, Instant liftedAt) {}
