package org.muejam.shared.moderation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.UserId;

/** A moderator hides, restores or deletes a comment, giving a reason (the aggregate refuses a restore after a delete). */
public record TakeDownCommentCommand(
        @TargetAggregateIdentifier String commentId, TakedownAction action, UserId moderatorId, String reason) {}
