package org.muejam.shared.identity;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The password was replaced (by reset); it also ends any lock. */
@Revision("1")
public record PasswordChangedEvent(UserId userId, String passwordHash, Instant changedAt) {
}
