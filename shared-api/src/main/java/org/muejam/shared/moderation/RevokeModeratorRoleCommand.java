package org.muejam.shared.moderation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.UserId;

/** An administrator takes an account's moderation role away: it is a plain USER again. */
public record RevokeModeratorRoleCommand(
        @TargetAggregateIdentifier UserId userId, UserId revokedBy) {}
