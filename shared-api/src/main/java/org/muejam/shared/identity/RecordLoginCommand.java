package org.muejam.shared.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A successful sign-in, with where it came from as far as the address tells (both may be unknown). */
public record RecordLoginCommand(@TargetAggregateIdentifier UserId userId, String network, String country) {

    public RecordLoginCommand(UserId userId) {
        this(userId, null, null);
    }
}
