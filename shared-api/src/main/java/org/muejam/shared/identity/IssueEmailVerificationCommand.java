package org.muejam.shared.identity;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces any pending email verification token with a new one (by hash). */
public record IssueEmailVerificationCommand(
        @TargetAggregateIdentifier UserId userId, String tokenHash, Instant expiresAt) {}
