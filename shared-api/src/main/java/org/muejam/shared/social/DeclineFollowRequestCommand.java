package org.muejam.shared.social;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.UserId;

/** The followee declines a pending request of {@code follower}. */
public record DeclineFollowRequestCommand(UserId follower, UserId followee) {

    @TargetAggregateIdentifier
    public String followId() {
        return SocialIds.follow(follower, followee);
    }
}
