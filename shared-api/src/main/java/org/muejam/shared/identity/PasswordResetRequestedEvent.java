package org.muejam.shared.identity;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.security.Secret;

@Revision("1")
public record PasswordResetRequestedEvent(
        UserId userId, @Secret String tokenHash, Instant expiresAt) {}
