package org.muejam.shared.privacy;

/** Who may see a part of a person's account: everyone signed in, the people who follow them, or nobody else. */
public enum Audience {
    PUBLIC,
    FOLLOWERS,
    PRIVATE;

    /** Whether a viewer sees it: its owner always, a follower unless it is private, anyone else if it is public. */
    public boolean admits(boolean owner, boolean follower) {
        return owner || this == PUBLIC || (this == FOLLOWERS && follower);
    }
}
