package org.muejam.shared.moderation;

/**
 * Where a DMCA notice stands: waiting for an agent (PENDING), the content taken down (APPROVED) or not (REJECTED),
 * taken down but disputed by its author (COUNTER_NOTICED); then either the claimant went to court, so the content
 * stays down (IN_COURT), or the waiting period after the counter-notice ended without that and the content is back
 * (RESTORED).
 */
public enum DmcaStatus {
    PENDING,
    APPROVED,
    REJECTED,
    COUNTER_NOTICED,
    IN_COURT,
    RESTORED
}
