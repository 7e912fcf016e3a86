package org.muejam.shared.identity;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces any pending password reset token (kept only as its hash). */
public record RequestPasswordResetCommand(
        @TargetAggregateIdentifier UserId userId, String tokenHash, Instant expiresAt) {}
