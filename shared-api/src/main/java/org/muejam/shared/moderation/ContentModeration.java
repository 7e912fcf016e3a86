package org.muejam.shared.moderation;

/** Where moderation left a piece of content: HIDDEN (may be restored) or DELETED (final); null when untouched. */
public enum ContentModeration {
    HIDDEN,
    DELETED
}
