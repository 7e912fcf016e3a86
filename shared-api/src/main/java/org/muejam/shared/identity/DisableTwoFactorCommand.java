package org.muejam.shared.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Turns two-factor authentication off. The password is checked before this is sent; {@code code} is a current app
 * code, and {@code backupCodeHash} the hash of the same input read as a backup code (for a person who lost the app).
 */
public record DisableTwoFactorCommand(UserId userId, String code, String backupCodeHash) {

    @TargetAggregateIdentifier
    public String twoFactorId() {
        return TwoFactorIds.of(userId);
    }
}
