package org.muejam.shared.social;

import java.time.Instant;
import org.muejam.shared.identity.UserId;

/**
 * What a person liked, newest first; the page starts after ({@code afterLikedAt}, {@code afterTargetId}) when not
 * null. Answered with {@link LikePage}.
 */
public record ListLikesQuery(UserId userId, Instant afterLikedAt, String afterTargetId, int limit) {}
