package org.muejam.shared.content;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.UserId;

/**
 * Starts a story as a draft; texts as screened, {@code flags} what the screening reported for moderation;
 * {@code coverImageId} an image its author uploaded, or null.
 */
public record CreateStoryCommand(
        @TargetAggregateIdentifier String storyId,
        UserId authorId,
        String title,
        String description,
        String genre,
        List<String> tags,
        String language,
        boolean nsfw,
        List<ScreeningFinding> flags,
        String coverImageId) {}
