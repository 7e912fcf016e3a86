package org.muejam.shared.content;

/** What a reader wants done with content marked NSFW: shown, shown marked so a client can blur it, or left out. */
public enum NsfwPreference {
    SHOW_ALL,
    BLUR_NSFW,
    HIDE_NSFW;

    /** A reader who never chose, or nobody signed in. */
    public static final NsfwPreference DEFAULT = BLUR_NSFW;
}
