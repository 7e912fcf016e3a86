package org.muejam.shared.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The second step of a sign-in: a code from the authenticator app. */
public record PassSecondFactorCommand(UserId userId, String code) {

    @TargetAggregateIdentifier
    public String twoFactorId() {
        return TwoFactorIds.of(userId);
    }
}
