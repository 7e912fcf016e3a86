package org.muejam.shared.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.legal.DocumentVersion;

/**
 * Opens an account for a person signed in at the external issuer, linked to that identity. No password: the issuer
 * authenticates them. {@code emailVerifiedByIssuer}: the address is the issuer's verified one, so no link is mailed
 * (the verification token fields are then null).
 */
public record RegisterExternalUserCommand(
        @TargetAggregateIdentifier UserId userId,
        ExternalIdentity identity,
        String email,
        boolean emailVerifiedByIssuer,
        String displayName,
        LocalDate birthDate,
        List<DocumentVersion> acceptedDocuments,
        String verificationTokenHash,
        Instant verificationExpiresAt,
        String ipAddress,
        String userAgent) {}
