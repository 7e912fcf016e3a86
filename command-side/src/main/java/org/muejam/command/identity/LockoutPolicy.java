package org.muejam.command.identity;

import java.time.Duration;
import java.time.Instant;
import org.muejam.command.shared.DomainRuleViolation;

/**
 * How many wrong passwords in a row raise a security alert and lock the account for unknown clients (or one known
 * device, counting its own failures), and for how long. Injected into the account's command handlers so deployments
 * can tune it.
 */
public record LockoutPolicy(int alertAfterFailures, int lockAfterFailures, Duration lockDuration) {

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

    /** The refusal of a sign-in while the account is locked for the client, whatever password came with it. */
    public static DomainRuleViolation locked(Instant lockedUntil) {
        return new DomainRuleViolation(
                DomainRuleViolation.Kind.FORBIDDEN,
                "account-locked",
                null,
                "sign-in to this account is locked for unknown devices after too many wrong passwords until "
                        + lockedUntil
                        + "; a device that signed in before (with its device token) still can, and resetting the"
                        + " password unlocks it now");
    }
}
