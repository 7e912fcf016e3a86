package org.muejam.shared.content;

import java.time.Instant;

/**
 * Whispers, newest first, optionally by one author; the page starts after ({@code afterPostedAt}, {@code afterId})
 * when not null. Answered with {@link WhisperPage}.
 * Content moderation hid or deleted, or by a shadowbanned author, is left out unless {@code viewerId} (null for
 * an anonymous reader) wrote it.
 */
public record ListWhispersQuery(String authorId, Instant afterPostedAt, String afterId, int limit, String viewerId) {}
