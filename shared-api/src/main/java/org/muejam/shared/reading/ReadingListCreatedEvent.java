package org.muejam.shared.reading;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A reading list was started; name and description as stored. */
@Revision("1")
public record ReadingListCreatedEvent(
        String listId, String ownerId, String name, String description, boolean isPublic, Instant createdAt) {}
