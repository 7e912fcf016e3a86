package org.muejam.shared.identity;

/** A person's profile as {@code viewerId} may see it under the person's profile visibility. */
public record FindProfileQuery(String viewerId, String userId) {}
