package org.muejam.shared.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates the first administrator from the environment at start-up. */
public record BootstrapAdministratorCommand(
        @TargetAggregateIdentifier UserId userId, String email, String displayName, String passwordHash) {}
