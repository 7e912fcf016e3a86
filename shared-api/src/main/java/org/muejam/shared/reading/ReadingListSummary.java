package org.muejam.shared.reading;

import java.time.Instant;

/** A reading list without its stories. */
public record ReadingListSummary(
        String id,
        String ownerId,
        String name,
        String description,
        boolean isPublic,
        int storyCount,
        Instant updatedAt) {}
