package org.muejam.shared.moderation;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.identity.UserId;

/** The account is shadowbanned: its stories, chapters, comments and whispers are seen by itself alone. */
@Revision("1")
public record AuthorShadowbannedEvent(UserId userId, UserId moderatorId, String reason, Instant at) {}
