package org.muejam.shared.identity;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Too many wrong passwords in a row: sign-in is refused until {@code lockedUntil} or a password reset. */
@Revision("1")
public record AccountLockedEvent(UserId userId, Instant lockedAt, Instant lockedUntil, int failures) {}
