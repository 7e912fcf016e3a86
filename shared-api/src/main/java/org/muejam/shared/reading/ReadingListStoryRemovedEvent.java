package org.muejam.shared.reading;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A story was taken off a reading list. */
@Revision("1")
public record ReadingListStoryRemovedEvent(String listId, String storyId, Instant removedAt) {}
