package org.muejam.command.identity;

import java.time.Duration;

/** The deployment's second-factor lockout, from which the {@link SecondFactorLockoutPolicy} is made. */
public record SecondFactorLockoutSettings(int lockAfterFailures, Duration window, Duration lockDuration) {}
