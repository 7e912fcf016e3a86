package org.muejam.shared.content;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.UserId;

/** Marks a published story COMPLETED or ONGOING again; only its author may. */
public record ChangeStoryStatusCommand(
        @TargetAggregateIdentifier String storyId, UserId requestedBy, StoryStatus status) {}
