package org.muejam.shared.reading;

import java.time.Instant;
import java.util.List;

/** A reading list with every story on it, most recently added first. */
public record ReadingListResponse(
        String id,
        String ownerId,
        String name,
        String description,
        boolean isPublic,
        Instant createdAt,
        Instant updatedAt,
        List<ReadingListEntry> stories) {}
