package org.muejam.shared.reading;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.UserId;

/** Puts a published story on a reading list (the use case checked it is published); once only. */
public record AddStoryToReadingListCommand(
        @TargetAggregateIdentifier String listId, UserId requestedBy, String storyId) {}
