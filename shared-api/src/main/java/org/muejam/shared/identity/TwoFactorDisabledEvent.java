package org.muejam.shared.identity;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Two-factor authentication is off: the secret and every backup code are forgotten. */
@Revision("1")
public record TwoFactorDisabledEvent(UserId userId, Instant disabledAt) {}
