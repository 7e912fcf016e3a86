package org.muejam.shared.apikeys;

import java.time.Duration;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.UserId;

/** Gives a key a new secret; the previous one keeps working for {@code overlap} so clients can switch over. */
public record RotateApiKeyCommand(
        @TargetAggregateIdentifier String keyId, UserId requestedBy, String secretHash, Duration overlap) {}
