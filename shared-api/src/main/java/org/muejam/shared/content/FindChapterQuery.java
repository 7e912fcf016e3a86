package org.muejam.shared.content;

/** One chapter of one story; answered with an optional {@link ChapterResponse}. */
public record FindChapterQuery(String storyId, String chapterId) {}
