package org.muejam.shared.gdpr;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.UserId;

/** The account's owner takes the deletion request back within the grace period. */
public record CancelAccountDeletionCommand(
        @TargetAggregateIdentifier String requestId, UserId requestedBy) {}
