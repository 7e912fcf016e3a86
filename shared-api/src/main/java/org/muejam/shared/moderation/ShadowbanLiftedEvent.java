package org.muejam.shared.moderation;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.identity.UserId;

/** The account's shadowban ended: its content is seen by everyone again. */
@Revision("1")
public record ShadowbanLiftedEvent(UserId userId, UserId moderatorId, String reason, Instant at) {}
