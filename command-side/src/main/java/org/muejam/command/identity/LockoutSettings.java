package org.muejam.command.identity;

import java.time.Duration;

/** The deployment's lockout thresholds, from which the account's {@link LockoutPolicy} is made. */
public record LockoutSettings(int alertAfterFailures, int lockAfterFailures, Duration lockDuration) {}
