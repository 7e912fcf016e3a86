package org.muejam.shared.content;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A story was started as a draft (texts as stored: screened and sanitized); {@code coverImageId} the image on its
 * cover, or null (revision 2; earlier stories had none).
 */
@Revision("2")
public record StoryCreatedEvent(
        String storyId,
        String authorId,
        String title,
        String description,
        String genre,
        List<String> tags,
        String language,
        boolean nsfw,
        Instant createdAt,
        String coverImageId) {}
