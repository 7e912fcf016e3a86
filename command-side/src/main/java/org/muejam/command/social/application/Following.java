package org.muejam.command.social.application;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.shared.Queries;
import org.muejam.command.social.Follow;
import org.muejam.command.social.FollowerApproval;
import org.muejam.shared.identity.FindUserAccountQuery;
import org.muejam.shared.identity.UserAccountResponse;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.social.ApproveFollowRequestCommand;
import org.muejam.shared.social.DeclineFollowRequestCommand;
import org.muejam.shared.social.FollowCommand;
import org.muejam.shared.social.FollowStatus;
import org.muejam.shared.social.UnfollowCommand;
import org.springframework.stereotype.Service;

/**
 * A signed-in person follows or unfollows another; the followee approves or declines requests. Following oneself
 * is 422 {@code cannot-follow-self}; a followee the users read model does not know is 404 {@code user-not-found};
 * whether the follow waits for approval is the followee's setting, asked of the {@link FollowerApproval} port.
 */
@Service
public class Following {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final FollowerApproval approval;

    public Following(CommandGateway commands, QueryGateway queries, FollowerApproval approval) {
        this.commands = commands;
        this.queries = queries;
        this.approval = approval;
    }

    /** Returns REQUESTED or FOLLOWING, as the follow stands after the command. */
    public FollowStatus follow(UserId follower, String followeeId) {
        if (follower.value().equals(followeeId)) {
            throw Follow.cannotFollowSelf();
        }
        UserId followee = requireUser(followeeId);
        return commands.sendAndWait(new FollowCommand(follower, followee, approval.required(followee)));
    }

    /** Stops following, or withdraws a pending request; neither standing changes nothing. */
    public void unfollow(UserId follower, String followeeId) {
        UserId followee = requireUser(followeeId);
        commands.sendAndWait(new UnfollowCommand(follower, followee));
    }

    public void approve(UserId followee, String followerId) {
        commands.sendAndWait(new ApproveFollowRequestCommand(requester(followerId), followee));
    }

    public void decline(UserId followee, String followerId) {
        commands.sendAndWait(new DeclineFollowRequestCommand(requester(followerId), followee));
    }

    private UserId requireUser(String userId) {
        boolean known = wellFormed(userId)
                && Queries.optional(queries, new FindUserAccountQuery(userId), UserAccountResponse.class)
                        .isPresent();
        if (!known) {
            throw DomainRuleViolation.notFound("user-not-found", null, "no user with this id");
        }
        return UserId.of(userId);
    }

    /** An id no account can have has sent no request: 404 without asking the aggregate. */
    private static UserId requester(String followerId) {
        if (!wellFormed(followerId)) {
            throw DomainRuleViolation.notFound(
                    "follow-request-not-found", "followerId", "no pending follow request from this person");
        }
        return UserId.of(followerId);
    }

    private static boolean wellFormed(String userId) {
        return userId != null && !userId.isBlank() && userId.length() <= UserId.MAX_LENGTH;
    }
}
