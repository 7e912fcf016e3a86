package org.muejam.shared.reading;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.UserId;

/** Takes a story off a reading list; a story not on it changes nothing. */
public record RemoveStoryFromReadingListCommand(
        @TargetAggregateIdentifier String listId, UserId requestedBy, String storyId) {}
