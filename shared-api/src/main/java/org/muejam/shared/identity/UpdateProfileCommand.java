package org.muejam.shared.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Changes what the person shows on their profile. A field that is null stays as it is; an empty {@code bio} or
 * {@code avatarImageId} takes it off. The display name cannot be taken off, only changed.
 */
public record UpdateProfileCommand(
        @TargetAggregateIdentifier UserId userId, String displayName, String bio, String avatarImageId) {}
