package org.muejam.shared.content;

/** A story's chapters in order, without their content; answered with {@link ChapterResponse}s. */
public record ListChaptersQuery(String storyId) {}
