package org.muejam.shared.content;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.UserId;

/** The creator of an image marks it NSFW (taking the mark off again is for moderators). */
public record MarkImageNsfwCommand(
        @TargetAggregateIdentifier String imageId, UserId requestedBy) {}
