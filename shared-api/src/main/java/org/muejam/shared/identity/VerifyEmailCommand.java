package org.muejam.shared.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record VerifyEmailCommand(@TargetAggregateIdentifier UserId userId, String tokenHash) {}
