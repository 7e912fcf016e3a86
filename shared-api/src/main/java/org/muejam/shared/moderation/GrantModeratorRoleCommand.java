package org.muejam.shared.moderation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.Role;
import org.muejam.shared.identity.UserId;

/** An administrator gives an account a moderation role (MODERATOR, SENIOR_MODERATOR or ADMINISTRATOR), replacing the one it had. */
public record GrantModeratorRoleCommand(
        @TargetAggregateIdentifier UserId userId, Role role, UserId grantedBy) {}
