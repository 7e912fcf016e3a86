package org.muejam.shared.moderation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.UserId;

/** A moderator hides, restores or deletes a story, giving a reason (the aggregate refuses a restore after a delete). */
public record TakeDownStoryCommand(
        @TargetAggregateIdentifier String storyId, TakedownAction action, UserId moderatorId, String reason) {}
