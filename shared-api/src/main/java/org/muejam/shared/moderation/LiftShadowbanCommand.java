package org.muejam.shared.moderation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.UserId;

/** A moderator lifts an account's shadowban: its content is everyone's again. */
public record LiftShadowbanCommand(
        @TargetAggregateIdentifier UserId userId, UserId moderatorId, String reason) {}
