package org.muejam.shared.reading;

import java.time.Instant;

/**
 * One person's reading lists, most recently changed first, starting after ({@code afterUpdatedAt}, {@code afterId})
 * when not null. Answered with {@link ReadingListPage}.
 */
public record ListReadingListsQuery(String ownerId, Instant afterUpdatedAt, String afterId, int limit) {}
