package org.muejam.shared.social;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.UserId;

/** The followee approves a pending request of {@code follower}; approving an accepted follow stores nothing. */
public record ApproveFollowRequestCommand(UserId follower, UserId followee) {

    @TargetAggregateIdentifier
    public String followId() {
        return SocialIds.follow(follower, followee);
    }
}
