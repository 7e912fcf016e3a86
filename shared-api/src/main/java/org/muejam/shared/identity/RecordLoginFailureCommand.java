package org.muejam.shared.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A sign-in with the right email address and a wrong password. */
public record RecordLoginFailureCommand(
        @TargetAggregateIdentifier UserId userId) {}
