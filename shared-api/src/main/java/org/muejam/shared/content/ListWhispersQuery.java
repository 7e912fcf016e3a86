package org.muejam.shared.content;

import java.time.Instant;

/**
 * Whispers, newest first, optionally by one author; the page starts after ({@code afterPostedAt}, {@code afterId})
 * when not null. Answered with {@link WhisperPage}.
 */
public record ListWhispersQuery(String authorId, Instant afterPostedAt, String afterId, int limit) {}
