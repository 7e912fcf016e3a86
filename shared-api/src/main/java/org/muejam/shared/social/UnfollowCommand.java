package org.muejam.shared.social;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.UserId;

/** A person stops following another, or withdraws a pending request; neither standing stores nothing. */
public record UnfollowCommand(UserId follower, UserId followee) {

    @TargetAggregateIdentifier
    public String followId() {
        return SocialIds.follow(follower, followee);
    }
}
