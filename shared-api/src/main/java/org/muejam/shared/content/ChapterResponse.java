package org.muejam.shared.content;

import java.time.Instant;

/** A chapter; {@code content} is null in lists. */
public record ChapterResponse(
        String id,
        String storyId,
        int number,
        String title,
        String content,
        int wordCount,
        Instant addedAt,
        boolean nsfw) {}
