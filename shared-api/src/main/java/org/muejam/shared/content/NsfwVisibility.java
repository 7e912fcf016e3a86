package org.muejam.shared.content;

/**
 * How one item is shown to one reader (Property 17): content not marked NSFW is always shown; NSFW content is shown
 * as it is for SHOW_ALL, shown marked for a client to blur for BLUR_NSFW, and left out for HIDE_NSFW. Feeds, search
 * and lists apply it to every item they return.
 */
public enum NsfwVisibility {
    SHOWN,
    BLURRED,
    HIDDEN;

    public static NsfwVisibility apply(NsfwPreference preference, boolean nsfw) {
        if (!nsfw) {
            return SHOWN;
        }
        return switch (preference == null ? NsfwPreference.DEFAULT : preference) {
            case SHOW_ALL -> SHOWN;
            case BLUR_NSFW -> BLURRED;
            case HIDE_NSFW -> HIDDEN;
        };
    }

    /** Whether the item is returned at all. */
    public boolean visible() {
        return this != HIDDEN;
    }

    /** Whether a returned item is marked so a client blurs it. */
    public boolean blurred() {
        return this == BLURRED;
    }
}
