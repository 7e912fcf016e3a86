package org.muejam.shared.apikeys;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.UserId;

/** Ends a key for good: neither its current nor its previous secret works any more. */
public record RevokeApiKeyCommand(@TargetAggregateIdentifier String keyId, UserId requestedBy) {}
