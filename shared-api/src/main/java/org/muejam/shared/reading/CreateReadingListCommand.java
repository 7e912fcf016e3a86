package org.muejam.shared.reading;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.content.ScreeningFinding;
import org.muejam.shared.identity.UserId;

/**
 * Starts a reading list; name and description as they are to be stored (screened when the list is public), {@code
 * flags} what the screening reported.
 */
public record CreateReadingListCommand(
        @TargetAggregateIdentifier String listId,
        UserId ownerId,
        String name,
        String description,
        boolean isPublic,
        List<ScreeningFinding> flags) {}
