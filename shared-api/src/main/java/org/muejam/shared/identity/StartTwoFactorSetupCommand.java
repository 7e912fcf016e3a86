package org.muejam.shared.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Begins (or restarts) pairing an authenticator app: {@code secret} is the new shared secret in base32. */
public record StartTwoFactorSetupCommand(UserId userId, String secret) {

    @TargetAggregateIdentifier
    public String twoFactorId() {
        return TwoFactorIds.of(userId);
    }
}
