package org.muejam.shared.moderation;

import java.time.Instant;

/** A suspension the users read model holds: until {@code until}, or until lifted when {@code permanent}. */
public record AccountSuspension(String userId, Instant until, boolean permanent, String reason) {

    /** Whether it is in force at {@code now}; one whose end has passed is over, even before its end is recorded. */
    public boolean inForceAt(Instant now) {
        return permanent || (until != null && now.isBefore(until));
    }
}
