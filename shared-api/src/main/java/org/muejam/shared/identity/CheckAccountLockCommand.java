package org.muejam.shared.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A right password before the second factor: refused while the account is locked for this client (unknown, or a
 * locked device); records nothing. {@code deviceId} as in {@link RecordLoginCommand}.
 */
public record CheckAccountLockCommand(
        @TargetAggregateIdentifier UserId userId, String deviceId) {}
