package org.muejam.shared.content;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.personaldata.DataSubject;

/**
 * An image was uploaded and stored re-encoded. {@code nsfw} is what readers' preferences act on: marked by the
 * creator, flagged by moderation, or pending because moderation could not answer.
 */
@Revision("1")
public record ImageUploadedEvent(
        String imageId,
        @DataSubject UserId ownerId,
        List<ImageRendition> renditions,
        boolean nsfw,
        boolean markedNsfwByCreator,
        ImageModerationStatus moderation,
        List<ModerationLabel> labels,
        Instant uploadedAt) {}
