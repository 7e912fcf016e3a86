package org.muejam.shared.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A sign-in with the right email address and a wrong password; {@code deviceId} is the device token's that came
 * with it when the token is valid for the account, null for an unknown client.
 */
public record RecordLoginFailureCommand(
        @TargetAggregateIdentifier UserId userId, String deviceId) {

    public RecordLoginFailureCommand(UserId userId) {
        this(userId, null);
    }
}
