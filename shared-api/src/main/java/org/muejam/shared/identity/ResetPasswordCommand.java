package org.muejam.shared.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets a new password with a reset token from the mail; the new password arrives hashed. */
public record ResetPasswordCommand(
        @TargetAggregateIdentifier UserId userId, String tokenHash, String passwordHash) {}
