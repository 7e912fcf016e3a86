package org.muejam.shared.moderation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.UserId;

/** The suspension ends early (an upheld appeal); lifting what is not suspended stores nothing. */
public record LiftSuspensionCommand(
        @TargetAggregateIdentifier UserId userId, UserId moderatorId, String reason, String caseId) {}
