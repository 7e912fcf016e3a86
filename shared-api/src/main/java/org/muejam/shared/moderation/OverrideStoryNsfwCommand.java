package org.muejam.shared.moderation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.UserId;

/** A moderator overrides a story's NSFW classification; it holds over the author's own mark from then on. */
public record OverrideStoryNsfwCommand(
        @TargetAggregateIdentifier String storyId, boolean nsfw, UserId moderatorId, String reason) {}
