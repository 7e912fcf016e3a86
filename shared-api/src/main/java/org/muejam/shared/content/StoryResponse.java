package org.muejam.shared.content;

import java.time.Instant;
import java.util.List;

/**
 * A story in the stories read model; {@code likes} counts the people who like it (social read model);
 * {@code coverImageId} the image on its cover or null, {@code coverNsfw} whether that image is NSFW (images read model).
 */
public record StoryResponse(
        String id,
        String authorId,
        String title,
        String description,
        String genre,
        List<String> tags,
        String language,
        boolean nsfw,
        StoryStatus status,
        int chapterCount,
        int wordCount,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt,
        long likes,
        String coverImageId,
        boolean coverNsfw) {}
