package org.muejam.shared.reading;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.content.ScreeningFinding;
import org.muejam.shared.identity.UserId;

/** Renames a reading list, changes its description or who sees it; the same details again change nothing. */
public record UpdateReadingListCommand(
        @TargetAggregateIdentifier String listId,
        UserId requestedBy,
        String name,
        String description,
        boolean isPublic,
        List<ScreeningFinding> flags) {}
