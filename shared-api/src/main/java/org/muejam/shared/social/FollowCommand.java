package org.muejam.shared.social;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.UserId;

/**
 * A person follows another; {@code approvalRequired} (the followee's setting, read by the use case) makes it a
 * request the followee approves or declines. Answered with the {@link FollowStatus} after the command; a follow
 * or request already standing stores nothing.
 */
public record FollowCommand(UserId follower, UserId followee, boolean approvalRequired) {

    @TargetAggregateIdentifier
    public String followId() {
        return SocialIds.follow(follower, followee);
    }
}
