package org.muejam.shared.content;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A draft became public (status ONGOING): from now on it is listed and found. */
@Revision("1")
public record StoryPublishedEvent(String storyId, String authorId, Instant publishedAt) {}
