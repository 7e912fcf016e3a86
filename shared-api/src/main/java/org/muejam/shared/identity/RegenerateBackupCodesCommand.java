package org.muejam.shared.identity;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces every backup code; the person proves possession of the app with a current code. */
public record RegenerateBackupCodesCommand(UserId userId, String code, List<String> backupCodeHashes) {

    @TargetAggregateIdentifier
    public String twoFactorId() {
        return TwoFactorIds.of(userId);
    }
}
