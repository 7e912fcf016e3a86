package org.muejam.shared.content;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A story's details were changed by its author; every field holds its new value, the cover image too (revision 2;
 * earlier updates had none).
 */
@Revision("2")
public record StoryUpdatedEvent(
        String storyId,
        String title,
        String description,
        String genre,
        List<String> tags,
        String language,
        boolean nsfw,
        Instant updatedAt,
        String coverImageId) {}
