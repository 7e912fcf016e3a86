package org.muejam.shared.gdpr;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.UserId;

/** Opens a deletion request for the account; the password was checked before this is sent. */
public record RequestAccountDeletionCommand(
        @TargetAggregateIdentifier String requestId, UserId userId) {}
