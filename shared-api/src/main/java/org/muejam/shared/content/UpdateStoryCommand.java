package org.muejam.shared.content;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.UserId;

/** Replaces a story's details (every field its new value), asked by {@code requestedBy}, who must be its author. */
public record UpdateStoryCommand(
        @TargetAggregateIdentifier String storyId,
        UserId requestedBy,
        String title,
        String description,
        String genre,
        List<String> tags,
        String language,
        boolean nsfw,
        List<ScreeningFinding> flags,
        String coverImageId) {}
