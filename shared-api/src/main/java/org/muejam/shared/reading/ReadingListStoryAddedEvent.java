package org.muejam.shared.reading;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A story was put on a reading list. */
@Revision("1")
public record ReadingListStoryAddedEvent(String listId, String storyId, Instant addedAt) {}
