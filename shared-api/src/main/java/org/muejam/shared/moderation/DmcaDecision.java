package org.muejam.shared.moderation;

/** What a DMCA agent decides on a notice: take the content down, or not. */
public enum DmcaDecision {
    APPROVE,
    REJECT
}
