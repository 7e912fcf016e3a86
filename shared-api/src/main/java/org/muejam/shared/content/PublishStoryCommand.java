package org.muejam.shared.content;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.UserId;

/** Makes a draft public (status ONGOING); only its author may. */
public record PublishStoryCommand(@TargetAggregateIdentifier String storyId, UserId requestedBy) {}
