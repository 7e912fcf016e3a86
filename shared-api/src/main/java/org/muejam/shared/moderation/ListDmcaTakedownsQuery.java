package org.muejam.shared.moderation;

import java.time.Instant;

/**
 * DMCA notices, newest first, optionally of one status; after the cursor ({@code afterSubmittedAt},
 * {@code afterId}) when given. Answered with a {@link DmcaTakedownPage}.
 */
public record ListDmcaTakedownsQuery(DmcaStatus status, Instant afterSubmittedAt, String afterId, int limit) {}
