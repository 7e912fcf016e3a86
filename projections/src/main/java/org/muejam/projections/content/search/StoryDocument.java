package org.muejam.projections.content.search;

import java.time.Instant;
import java.util.List;

/**
 * One published story as the search index holds it. {@code visible} is false for a story moderation hid or whose
 * author is shadowbanned; such a story is kept in the index but never returned.
 */
public record StoryDocument(
        String id,
        String title,
        String description,
        List<String> tags,
        String genre,
        String language,
        String status,
        boolean nsfw,
        String authorId,
        String authorName,
        long wordCount,
        Instant updatedAt,
        Instant publishedAt,
        boolean visible,
        boolean flagged) {}
