package org.muejam.shared.content;

import java.time.Instant;
import java.util.List;
import org.muejam.shared.moderation.ContentModeration;

/**
 * A story in the stories read model; {@code likes} counts the people who like it (social read model);
 * {@code coverImageId} the image on its cover or null, {@code coverNsfw} whether that image is NSFW (images read model); {@code authorName} the author's display name
 * (users read model), "Deleted User" once the author was erased.
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
        boolean coverNsfw,
        ContentModeration moderation,
        boolean authorShadowbanned,
        String authorName) {

    /**
     * Whether {@code viewerId} (null for an anonymous reader) may see it: its author always; anyone else unless
     * moderation hid or deleted it or its author is shadowbanned (decision 0033).
     */
    public boolean visibleTo(String viewerId) {
        return authorId.equals(viewerId) || (moderation == null && !authorShadowbanned);
    }
}
