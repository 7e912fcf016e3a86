package org.muejam.shared.moderation;

/** The strikes recorded against one person, newest first. */
public record ListStrikesQuery(String authorId, int limit) {}
