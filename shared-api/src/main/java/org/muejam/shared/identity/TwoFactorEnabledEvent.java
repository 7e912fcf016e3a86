package org.muejam.shared.identity;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.muejam.shared.security.Secret;

/** The pending secret is confirmed by the code of time step {@code timeStep}; backup codes are kept as hashes. */
@Revision("1")
public record TwoFactorEnabledEvent(
        UserId userId, @Secret List<String> backupCodeHashes, long timeStep, Instant enabledAt) {}
