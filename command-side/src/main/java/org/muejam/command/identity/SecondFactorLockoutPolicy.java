package org.muejam.command.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * How many failed second factors of one account, across every challenge and address, within {@code window} lock
 * its second step of sign-in, and for how long. Injected into the second factor's command handlers so deployments
 * can tune it.
 */
public record SecondFactorLockoutPolicy(int lockAfterFailures, Duration window, Duration lockDuration) {

    /** The most failures the aggregate remembers; a threshold above it could never be reached. */
    public static final int MAX_TRACKED_FAILURES = 100;

    public static final SecondFactorLockoutPolicy DEFAULT =
            new SecondFactorLockoutPolicy(10, Duration.ofMinutes(15), Duration.ofMinutes(15));

    public SecondFactorLockoutPolicy {
        if (lockAfterFailures < 1
                || lockAfterFailures > MAX_TRACKED_FAILURES
                || window == null
                || lockDuration == null
                || window.isNegative()
                || window.isZero()
                || lockDuration.isNegative()
                || lockDuration.isZero()) {
            throw new IllegalArgumentException("second-factor lockout needs 1 to " + MAX_TRACKED_FAILURES
                    + " failures and a positive window and lock duration");
        }
    }

    /** The failures that count at {@code now}: the earlier ones inside the window, and the one failing now. */
    public int failuresCounting(Collection<Instant> earlierFailures, Instant now) {
        Instant from = now.minus(window);
        return 1 + (int) earlierFailures.stream().filter(at -> at.isAfter(from)).count();
    }

    public boolean locks(int recentFailures) {
        return recentFailures >= lockAfterFailures;
    }

    public Instant lockedUntil(Instant now) {
        return now.plus(lockDuration);
    }
}
