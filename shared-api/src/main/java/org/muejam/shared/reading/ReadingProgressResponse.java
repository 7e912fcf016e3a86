package org.muejam.shared.reading;

import java.math.BigDecimal;
import java.time.Instant;

/** A reader's position in a story with the titles of the story and chapter (null while not projected). */
public record ReadingProgressResponse(
        String storyId,
        String storyTitle,
        String chapterId,
        String chapterTitle,
        BigDecimal percent,
        Instant updatedAt) {}
