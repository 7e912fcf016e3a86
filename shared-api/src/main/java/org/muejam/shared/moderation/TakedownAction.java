package org.muejam.shared.moderation;

/** What a moderator does to a story, comment or whisper: hide it, restore what was hidden, delete it for good. */
public enum TakedownAction {
    HIDE,
    RESTORE,
    /** Gives back hidden or deleted content: only an upheld appeal does, undoing its case's action. */
    REINSTATE,
    DELETE
}
