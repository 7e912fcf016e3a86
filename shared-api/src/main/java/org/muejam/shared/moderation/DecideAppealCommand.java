package org.muejam.shared.moderation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.Role;
import org.muejam.shared.identity.UserId;

/** A moderator other than the one who acted decides an appeal. */
public record DecideAppealCommand(
        @TargetAggregateIdentifier String caseId,
        String appealId,
        UserId moderatorId,
        Role moderatorRole,
        AppealDecision decision,
        String reason) {}
