package org.muejam.shared.social;

import java.time.Instant;
import org.muejam.shared.identity.UserId;

/**
 * One person's followers, the people they follow, or the requests waiting for their approval, newest first; the
 * page starts after ({@code afterSince}, {@code afterUserId}) when not null. Answered with {@link FollowPage}.
 */
public record ListFollowsQuery(UserId userId, Relation relation, Instant afterSince, String afterUserId, int limit) {

    public enum Relation {
        /** Accepted follows of {@code userId}. */
        FOLLOWERS,
        /** Accepted follows by {@code userId}. */
        FOLLOWING,
        /** Requests to follow {@code userId} not yet answered. */
        REQUESTS
    }
}
