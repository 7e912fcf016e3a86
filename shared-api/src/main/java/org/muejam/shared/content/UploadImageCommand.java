package org.muejam.shared.content;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.UserId;

/** Records an image whose renditions are stored, with what its creator and automated moderation said about it. */
public record UploadImageCommand(
        @TargetAggregateIdentifier String imageId,
        UserId ownerId,
        List<ImageRendition> renditions,
        boolean markedNsfwByCreator,
        ImageModerationStatus moderation,
        List<ModerationLabel> labels) {}
