package org.muejam.shared.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.legal.DocumentVersion;

/** Opens an account. The password arrives already hashed; the verification token only as its hash. */
public record RegisterUserCommand(
        @TargetAggregateIdentifier UserId userId,
        String email,
        String displayName,
        String passwordHash,
        LocalDate birthDate,
        List<DocumentVersion> acceptedDocuments,
        String verificationTokenHash,
        Instant verificationExpiresAt,
        String ipAddress,
        String userAgent) {}
