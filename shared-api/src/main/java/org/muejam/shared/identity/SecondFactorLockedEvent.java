package org.muejam.shared.identity;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Too many failed second factors: every second step of sign-in is refused until {@code lockedUntil}. */
@Revision("1")
public record SecondFactorLockedEvent(UserId userId, Instant lockedAt, Instant lockedUntil, int failures) {}
