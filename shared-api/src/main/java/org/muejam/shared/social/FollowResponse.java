package org.muejam.shared.social;

import java.time.Instant;

/**
 * The other person of a follow (a follower, a followee or a requester), their display name when the users read
 * model has one, and since when (the follow's acceptance, or the request's time for a pending request).
 */
public record FollowResponse(String userId, String displayName, Instant since) {}
