package org.muejam.shared.moderation;

/**
 * Where a DMCA notice stands: waiting for an agent (PENDING), the content taken down (APPROVED) or not (REJECTED),
 * and taken down but disputed by its author (COUNTER_NOTICED).
 */
public enum DmcaStatus {
    PENDING,
    APPROVED,
    REJECTED,
    COUNTER_NOTICED
}
