package org.muejam.shared.social;

import org.muejam.shared.identity.UserId;

/** The aggregate identifiers of likes and follows: one stream per person and target, or per pair of people. */
public final class SocialIds {

    private SocialIds() {}

    /** {@code like:<userId>:<targetId>}: one person's like of one story, whisper or comment. */
    public static String like(UserId userId, String targetId) {
        return "like:" + userId.value() + ":" + targetId;
    }

    /** {@code follow:<followerId>:<followeeId>}: whether one person follows (or asked to follow) another. */
    public static String follow(UserId follower, UserId followee) {
        return "follow:" + follower.value() + ":" + followee.value();
    }
}
