package org.muejam.shared.reading;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.UserId;

/** Deletes a reading list; a deleted list refuses every later command as unknown. */
public record DeleteReadingListCommand(
        @TargetAggregateIdentifier String listId, UserId requestedBy) {}
