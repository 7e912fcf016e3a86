package org.muejam.shared.reading;

import java.time.Instant;
import org.muejam.shared.identity.UserId;

/**
 * One reader's progress in every story, most recent first, starting after ({@code afterUpdatedAt}, {@code
 * afterStoryId}) when not null. Answered with {@link ReadingProgressPage}.
 */
public record ListReadingProgressQuery(UserId readerId, Instant afterUpdatedAt, String afterStoryId, int limit) {}
