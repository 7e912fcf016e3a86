package org.muejam.shared.privacy;

/** Who may comment on a person's stories, chapters and whispers (and answer the comments on them). */
public enum CommentPermission {
    EVERYONE,
    FOLLOWERS,
    NOBODY;

    /** The author always answers on their own work; a follower unless nobody may; anyone else if everyone may. */
    public boolean admits(boolean author, boolean follower) {
        return author || this == EVERYONE || (this == FOLLOWERS && follower);
    }
}
