package org.muejam.shared.moderation;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.identity.Role;
import org.muejam.shared.identity.UserId;

/** The account holds {@code role} (besides USER) from now on, instead of any moderation role it held. */
@Revision("1")
public record ModeratorRoleGrantedEvent(UserId userId, Role role, UserId grantedBy, Instant grantedAt) {}
