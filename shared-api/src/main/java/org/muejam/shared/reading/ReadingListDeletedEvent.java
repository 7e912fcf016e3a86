package org.muejam.shared.reading;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A reading list was deleted by its owner. */
@Revision("1")
public record ReadingListDeletedEvent(String listId, String ownerId, Instant deletedAt) {}
