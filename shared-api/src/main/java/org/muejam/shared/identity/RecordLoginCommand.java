package org.muejam.shared.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordLoginCommand(@TargetAggregateIdentifier UserId userId) {
}
