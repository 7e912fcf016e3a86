package org.muejam.shared.content;

/**
 * What automated image moderation said: CLEAR (nothing above the threshold), FLAGGED (NSFW), PENDING (the service
 * could not answer: the image counts as NSFW until a moderator reviews it) or OFF (moderation not configured).
 */
public enum ImageModerationStatus {
    CLEAR,
    FLAGGED,
    PENDING,
    OFF
}
