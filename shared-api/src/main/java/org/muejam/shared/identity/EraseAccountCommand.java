package org.muejam.shared.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Erases the account for the deletion request {@code requestId}; an erased account stores nothing more. */
public record EraseAccountCommand(@TargetAggregateIdentifier UserId userId, String requestId) {}
