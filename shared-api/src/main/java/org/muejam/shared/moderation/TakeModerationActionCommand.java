package org.muejam.shared.moderation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.muejam.shared.identity.Role;
import org.muejam.shared.identity.UserId;

/**
 * A moderator decides an open case. {@code version} is the case's version the moderator saw: an action on a case
 * that changed since is refused (409). {@code durationDays} bounds a SUSPEND (null: permanent).
 */
public record TakeModerationActionCommand(
        @TargetAggregateIdentifier String caseId,
        @TargetAggregateVersion Long version,
        UserId moderatorId,
        Role moderatorRole,
        ModerationAction action,
        String reason,
        Integer durationDays) {}
