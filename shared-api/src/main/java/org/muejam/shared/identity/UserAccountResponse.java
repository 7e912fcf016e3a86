package org.muejam.shared.identity;

import java.time.Instant;
import java.util.List;
import org.muejam.shared.security.Secret;

/** An account as the users read model has it; {@code lockedUntil} is null when it was never locked. */
public record UserAccountResponse(
        String id,
        String email,
        String displayName,
        List<String> roles,
        boolean emailVerified,
        @Secret String passwordHash,
        Instant lockedUntil) {

    /** Whether sign-in is refused at this instant. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
