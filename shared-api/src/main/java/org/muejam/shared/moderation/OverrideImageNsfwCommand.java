package org.muejam.shared.moderation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.UserId;

/** A moderator overrides an image's NSFW classification (the automated one, the creator's, or a pending review). */
public record OverrideImageNsfwCommand(
        @TargetAggregateIdentifier String imageId, boolean nsfw, UserId moderatorId, String reason) {}
