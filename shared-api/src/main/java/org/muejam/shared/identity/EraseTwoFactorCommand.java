package org.muejam.shared.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Turns the second factor off for an account being erased: no code is asked, its secret and backup codes go. */
public record EraseTwoFactorCommand(UserId userId) {

    @TargetAggregateIdentifier
    public String twoFactorId() {
        return TwoFactorIds.of(userId);
    }
}
