package org.muejam.shared.reading;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A reading list's name, description or visibility changed. */
@Revision("1")
public record ReadingListUpdatedEvent(
        String listId, String name, String description, boolean isPublic, Instant updatedAt) {}
