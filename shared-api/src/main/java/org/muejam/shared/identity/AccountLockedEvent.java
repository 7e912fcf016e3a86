package org.muejam.shared.identity;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * Too many wrong passwords in a row from clients the account does not know: sign-in from unknown clients is refused
 * until {@code lockedUntil} or a password reset. Known devices (a valid device token) still sign in.
 */
@Revision("1")
public record AccountLockedEvent(UserId userId, Instant lockedAt, Instant lockedUntil, int failures) {}
