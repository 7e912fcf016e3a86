package org.muejam.shared.social;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.identity.UserId;

/** A person likes a published story, a whisper or a comment; liking it again stores nothing. */
public record LikeContentCommand(UserId userId, ContentType targetType, String targetId) {

    @TargetAggregateIdentifier
    public String likeId() {
        return SocialIds.like(userId, targetId);
    }
}
