package org.muejam.command.identity;

import java.time.Duration;

/**
 * How many wrong passwords in a row raise a security alert and lock the account, and for how long. Injected into
 * the account's command handlers so deployments can tune it.
 */
public record LockoutPolicy(int alertAfterFailures, int lockAfterFailures, Duration lockDuration) {

    public static final LockoutPolicy DEFAULT = new LockoutPolicy(3, 5, Duration.ofMinutes(30));

    public LockoutPolicy {
        if (alertAfterFailures < 1 || lockAfterFailures < 1 || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("lockout thresholds must be positive");
        }
    }

    public boolean alerts(int consecutiveFailures) {
        return consecutiveFailures == alertAfterFailures;
    }

    public boolean locks(int consecutiveFailures) {
        return consecutiveFailures >= lockAfterFailures;
    }
}
