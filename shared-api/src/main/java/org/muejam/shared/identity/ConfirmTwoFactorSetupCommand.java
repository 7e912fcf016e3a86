package org.muejam.shared.identity;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Confirms the paired app with a code it shows, and stores the hashes of the first backup codes. */
public record ConfirmTwoFactorSetupCommand(UserId userId, String code, List<String> backupCodeHashes) {

    @TargetAggregateIdentifier
    public String twoFactorId() {
        return TwoFactorIds.of(userId);
    }
}
