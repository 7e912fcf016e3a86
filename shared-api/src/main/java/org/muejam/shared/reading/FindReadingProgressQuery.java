package org.muejam.shared.reading;

import org.muejam.shared.identity.UserId;

/** One reader's progress in one story; an optional {@link ReadingProgressResponse}. */
public record FindReadingProgressQuery(UserId readerId, String storyId) {}
