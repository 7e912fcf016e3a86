package org.muejam.shared.reading;

import java.time.Instant;
import org.muejam.shared.content.StoryStatus;

/**
 * A story on a reading list with what decides who sees it: its author, status and NSFW mark as the content read
 * model has them (null while that read model has no row for it).
 */
public record ReadingListEntry(
        String storyId, String title, String authorId, StoryStatus status, boolean nsfw, Instant addedAt) {}
