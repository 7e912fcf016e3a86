package org.muejam.shared.moderation;

/**
 * What a moderator decides on a case. DISMISS upholds no report; every other action upholds them, and WARN, HIDE,
 * DELETE and SUSPEND also record a strike on the author (SHADOWBAN is never told to the author).
 */
public enum ModerationAction {
    DISMISS,
    WARN,
    HIDE,
    DELETE,
    SUSPEND,
    SHADOWBAN;

    /** Whether the action counts against the author as a strike, which the author is told of and may appeal. */
    public boolean recordsStrike() {
        return this == WARN || this == HIDE || this == DELETE || this == SUSPEND;
    }

    /** Whether the reports on the case were upheld by this action. */
    public boolean upholds() {
        return this != DISMISS;
    }
}
