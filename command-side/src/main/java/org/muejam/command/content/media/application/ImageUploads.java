package org.muejam.command.content.media.application;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.muejam.command.content.media.BlobStore;
import org.muejam.command.content.media.ImageModeration;
import org.muejam.command.content.media.ImageNormalizer;
import org.muejam.command.content.media.ImageNormalizer.Rendition;
import org.muejam.command.content.media.NsfwClassificationPolicy;
import org.muejam.command.identity.EmailVerificationStatus;
import org.muejam.command.identity.VerifiedAuthorPolicy;
import org.muejam.shared.content.ImageModerationStatus;
import org.muejam.shared.content.ImageRendition;
import org.muejam.shared.content.ModerationLabel;
import org.muejam.shared.content.UploadImageCommand;
import org.muejam.shared.identity.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Uploads an image: only a verified author may; the upload is re-encoded (nothing of the original file is kept),
 * classified, stored, and then recorded. When the classifier cannot answer, the image is kept as NSFW pending
 * review (fail closed): a reader who hides NSFW content never sees an image nobody has looked at.
 */
@Service
public class ImageUploads {

    private static final Logger log = LoggerFactory.getLogger(ImageUploads.class);

    public record Uploaded(String imageId, boolean nsfw, ImageModerationStatus moderation) {}

    private final CommandGateway commands;
    private final EmailVerificationStatus emails;
    private final ImageNormalizer normalizer;
    private final ImageModeration moderation;
    private final BlobStore blobs;

    public ImageUploads(
            CommandGateway commands,
            EmailVerificationStatus emails,
            ImageNormalizer normalizer,
            ImageModeration moderation,
            BlobStore blobs) {
        this.commands = commands;
        this.emails = emails;
        this.normalizer = normalizer;
        this.moderation = moderation;
        this.blobs = blobs;
    }

    public Uploaded upload(UserId owner, byte[] upload, boolean markedNsfw) {
        VerifiedAuthorPolicy.requireVerifiedEmail(owner, emails);
        List<Rendition> renditions = normalizer.normalize(upload);
        List<ModerationLabel> labels = List.of();
        ImageModerationStatus status;
        if (!moderation.enabled()) {
            status = ImageModerationStatus.OFF;
        } else {
            try {
                labels = moderation.labels(renditions.get(0).bytes());
                status = NsfwClassificationPolicy.isNsfw(labels)
                        ? ImageModerationStatus.FLAGGED
                        : ImageModerationStatus.CLEAR;
            } catch (ImageModeration.Unavailable e) {
                log.warn("image moderation unavailable, the image is kept as NSFW pending review: {}", e.getMessage());
                status = ImageModerationStatus.PENDING;
            }
        }
        String imageId = UUID.randomUUID().toString();
        List<ImageRendition> stored = new ArrayList<>();
        try {
            for (Rendition rendition : renditions) {
                String key = "images/" + imageId + "/" + rendition.name() + "." + rendition.extension();
                stored.add(new ImageRendition(
                        rendition.name(),
                        key,
                        rendition.contentType(),
                        rendition.width(),
                        rendition.height(),
                        rendition.bytes().length));
                blobs.put(key, rendition.bytes(), rendition.contentType());
            }
            commands.sendAndWait(new UploadImageCommand(imageId, owner, stored, markedNsfw, status, labels));
        } catch (RuntimeException e) {
            // nothing refers to bytes whose record was not stored
            stored.forEach(rendition -> blobs.delete(rendition.key()));
            throw e;
        }
        boolean nsfw = markedNsfw || status == ImageModerationStatus.FLAGGED || status == ImageModerationStatus.PENDING;
        return new Uploaded(imageId, nsfw, status);
    }
}
