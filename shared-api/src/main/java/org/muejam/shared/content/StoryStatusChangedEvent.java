package org.muejam.shared.content;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A published story was marked completed, or ongoing again. */
@Revision("1")
public record StoryStatusChangedEvent(String storyId, StoryStatus status, Instant changedAt) {}
