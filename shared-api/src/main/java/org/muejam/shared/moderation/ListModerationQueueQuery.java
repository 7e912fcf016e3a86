package org.muejam.shared.moderation;

import java.time.Instant;

/**
 * A page of the moderation queue: open cases by priority score, then age. The first page has no {@code after…};
 * the next starts after the last case of the previous one (its rank key, opening time and id).
 */
public record ListModerationQueueQuery(Double afterRankKey, Instant afterOpenedAt, String afterCaseId, int limit) {}
