package org.muejam.command.social;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.muejam.shared.social.ContentLikedEvent;
import org.muejam.shared.social.ContentUnlikedEvent;
import org.muejam.shared.social.LikeContentCommand;
import org.muejam.shared.social.SocialIds;
import org.muejam.shared.social.UnlikeContentCommand;

/**
 * One person's like of one story, whisper or comment ({@code like:<userId>:<targetId>}): liked or not. Liking
 * what is liked, or taking back what is not, stores nothing. That the target exists and is visible is the use
 * case's check (it reads the content read model); the stream holds only this person's mind about it.
 */
@Aggregate
public class Like {

    @AggregateIdentifier
    private String likeId;

    private boolean liked;

    protected Like() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(LikeContentCommand command, Clock clock) {
        if (liked) {
            return;
        }
        apply(new ContentLikedEvent(command.userId(), command.targetType(), command.targetId(), clock.instant()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(UnlikeContentCommand command, Clock clock) {
        if (!liked) {
            return;
        }
        apply(new ContentUnlikedEvent(command.userId(), command.targetType(), command.targetId(), clock.instant()));
    }

    @EventSourcingHandler
    void on(ContentLikedEvent event) {
        likeId = SocialIds.like(event.userId(), event.targetId());
        liked = true;
    }

    @EventSourcingHandler
    void on(ContentUnlikedEvent event) {
        liked = false;
    }
}
