package org.muejam.shared.moderation;

/** A moderator's decision on an appeal: UPHOLD reverses the action and overrules the strike, DENY lets both stand. */
public enum AppealDecision {
    UPHOLD,
    DENY
}
