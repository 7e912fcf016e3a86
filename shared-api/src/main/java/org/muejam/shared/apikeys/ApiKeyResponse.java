package org.muejam.shared.apikeys;

import java.time.Instant;
import org.muejam.shared.security.Secret;

/** A key as stored: hashes of its secrets, never the secrets. */
public record ApiKeyResponse(
        String id,
        String ownerId,
        String name,
        @Secret String secretHash,
        @Secret String previousSecretHash,
        Instant previousValidUntil,
        Instant expiresAt,
        Instant createdAt,
        Instant rotatedAt,
        Instant revokedAt) {

    public boolean expired(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    public String status(Instant now) {
        return revokedAt != null ? "revoked" : expired(now) ? "expired" : "active";
    }
}
