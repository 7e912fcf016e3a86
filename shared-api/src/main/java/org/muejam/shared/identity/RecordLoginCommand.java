package org.muejam.shared.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A successful sign-in, with where it came from as far as the address tells (both may be unknown), and the device
 * token's id when one valid for the account came with it (null for an unknown client).
 */
public record RecordLoginCommand(
        @TargetAggregateIdentifier UserId userId, String network, String country, String deviceId) {

    public RecordLoginCommand(UserId userId, String network, String country) {
        this(userId, network, country, null);
    }

    public RecordLoginCommand(UserId userId) {
        this(userId, null, null, null);
    }
}
