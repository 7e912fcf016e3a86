package org.muejam.shared.social;

/** Where one person stands towards another: asked to follow and waiting for approval, or following. */
public enum FollowStatus {
    REQUESTED,
    FOLLOWING
}
