package org.muejam.shared.content;

import java.time.Instant;

/**
 * Published stories, newest publication first, optionally by one author; the page starts after the story given
 * by ({@code afterPublishedAt}, {@code afterId}) when not null. Stories marked NSFW are left out unless
 * {@code includeNsfw}. Answered with {@link StoryPage}.
 * Content moderation hid or deleted, or by a shadowbanned author, is left out unless {@code viewerId} (null for
 * an anonymous reader) wrote it.
 */
public record ListStoriesQuery(
        String authorId, Instant afterPublishedAt, String afterId, boolean includeNsfw, int limit, String viewerId) {}
