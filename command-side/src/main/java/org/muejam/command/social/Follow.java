package org.muejam.command.social;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.social.ApproveFollowRequestCommand;
import org.muejam.shared.social.DeclineFollowRequestCommand;
import org.muejam.shared.social.FollowCommand;
import org.muejam.shared.social.FollowRequestDeclinedEvent;
import org.muejam.shared.social.FollowRequestWithdrawnEvent;
import org.muejam.shared.social.FollowRequestedEvent;
import org.muejam.shared.social.FollowStatus;
import org.muejam.shared.social.FollowedEvent;
import org.muejam.shared.social.SocialIds;
import org.muejam.shared.social.UnfollowCommand;
import org.muejam.shared.social.UnfollowedEvent;

/**
 * Whether one person follows another ({@code follow:<followerId>:<followeeId>}): not at all (null), REQUESTED
 * (waiting for the followee's approval) or FOLLOWING. Repeating what already stands stores nothing; approving or
 * declining a request that is not pending is 404.
 */
@Aggregate
public class Follow {

    @AggregateIdentifier
    private String followId;

    private FollowStatus status;

    protected Follow() {
        // for Axon
    }

    /** Answers the status after the command. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FollowStatus handle(FollowCommand command, Clock clock) {
        if (command.follower().equals(command.followee())) {
            throw cannotFollowSelf();
        }
        if (status != null) {
            return status;
        }
        if (command.approvalRequired()) {
            apply(new FollowRequestedEvent(command.follower(), command.followee(), clock.instant()));
        } else {
            apply(new FollowedEvent(command.follower(), command.followee(), clock.instant()));
        }
        return status;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(UnfollowCommand command, Clock clock) {
        if (status == FollowStatus.FOLLOWING) {
            apply(new UnfollowedEvent(command.follower(), command.followee(), clock.instant()));
        } else if (status == FollowStatus.REQUESTED) {
            apply(new FollowRequestWithdrawnEvent(command.follower(), command.followee(), clock.instant()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ApproveFollowRequestCommand command, Clock clock) {
        if (status == FollowStatus.FOLLOWING) {
            return;
        }
        requirePendingRequest();
        apply(new FollowedEvent(command.follower(), command.followee(), clock.instant()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(DeclineFollowRequestCommand command, Clock clock) {
        requirePendingRequest();
        apply(new FollowRequestDeclinedEvent(command.follower(), command.followee(), clock.instant()));
    }

    public static DomainRuleViolation cannotFollowSelf() {
        return DomainRuleViolation.invalid("cannot-follow-self", null, "a person cannot follow themselves");
    }

    private void requirePendingRequest() {
        if (status != FollowStatus.REQUESTED) {
            throw DomainRuleViolation.notFound(
                    "follow-request-not-found", "followerId", "no pending follow request from this person");
        }
    }

    @EventSourcingHandler
    void on(FollowRequestedEvent event) {
        followId = SocialIds.follow(event.follower(), event.followee());
        status = FollowStatus.REQUESTED;
    }

    @EventSourcingHandler
    void on(FollowedEvent event) {
        followId = SocialIds.follow(event.follower(), event.followee());
        status = FollowStatus.FOLLOWING;
    }

    @EventSourcingHandler
    void on(UnfollowedEvent event) {
        status = null;
    }

    @EventSourcingHandler
    void on(FollowRequestWithdrawnEvent event) {
        status = null;
    }

    @EventSourcingHandler
    void on(FollowRequestDeclinedEvent event) {
        status = null;
    }
}
