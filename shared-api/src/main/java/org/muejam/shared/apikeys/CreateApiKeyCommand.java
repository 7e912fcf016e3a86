package org.muejam.shared.apikeys;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.UserId;

/**
 * Creates an API key ("key:&lt;uuid&gt;") for its owner. Only the SHA-256 of the secret travels; the secret itself
 * is shown to the owner once and never stored. {@code expiresAt} is optional.
 */
public record CreateApiKeyCommand(
        @TargetAggregateIdentifier String keyId, UserId ownerId, String name, String secretHash, Instant expiresAt) {}
