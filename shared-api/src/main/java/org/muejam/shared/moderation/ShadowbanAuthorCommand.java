package org.muejam.shared.moderation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.UserId;

/** A moderator shadowbans an account: what it wrote and writes is seen by itself alone. */
public record ShadowbanAuthorCommand(
        @TargetAggregateIdentifier UserId userId, UserId moderatorId, String reason) {}
