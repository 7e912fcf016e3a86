package org.muejam.shared.identity;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.security.Secret;

/** The password was replaced (by reset); it also ends any lock. */
@Revision("1")
public record PasswordChangedEvent(UserId userId, @Secret String passwordHash, Instant changedAt) {}
