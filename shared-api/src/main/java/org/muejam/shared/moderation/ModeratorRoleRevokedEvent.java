package org.muejam.shared.moderation;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.identity.Role;
import org.muejam.shared.identity.UserId;

/** The account no longer holds {@code role}: it is a plain USER. */
@Revision("1")
public record ModeratorRoleRevokedEvent(UserId userId, Role role, UserId revokedBy, Instant revokedAt) {}
