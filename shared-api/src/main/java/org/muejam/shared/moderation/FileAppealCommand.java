package org.muejam.shared.moderation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.UserId;

/** The author of a strike appeals it (once, within its window), saying why. */
public record FileAppealCommand(
        @TargetAggregateIdentifier String caseId, String strikeId, UserId authorId, String text) {}
