package org.muejam.shared.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The second step of a sign-in with a backup code instead of the app; only the code's hash travels. */
public record UseBackupCodeCommand(UserId userId, String backupCodeHash) {

    @TargetAggregateIdentifier
    public String twoFactorId() {
        return TwoFactorIds.of(userId);
    }
}
