package org.muejam.shared.social;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.identity.UserId;

/** A person takes a like back; taking back what was never liked stores nothing. */
public record UnlikeContentCommand(UserId userId, ContentType targetType, String targetId) {

    @TargetAggregateIdentifier
    public String likeId() {
        return SocialIds.like(userId, targetId);
    }
}
