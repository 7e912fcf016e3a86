package org.muejam.shared.moderation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.UserId;

/**
 * A moderator suspends an account for {@code days} days (null: until lifted), as the action of case {@code caseId}.
 * A suspended account cannot sign in and its tokens are refused on every request.
 */
public record SuspendAccountCommand(
        @TargetAggregateIdentifier UserId userId, UserId moderatorId, String reason, Integer days, String caseId) {}
