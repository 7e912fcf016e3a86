package org.muejam.command.content.media;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.shared.ModerationReason;
import org.muejam.shared.content.DeleteImageCommand;
import org.muejam.shared.content.ImageDeletedEvent;
import org.muejam.shared.content.ImageMarkedNsfwEvent;
import org.muejam.shared.content.ImageModerationStatus;
import org.muejam.shared.content.ImageRendition;
import org.muejam.shared.content.ImageUploadedEvent;
import org.muejam.shared.content.MarkImageNsfwCommand;
import org.muejam.shared.content.UploadImageCommand;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.moderation.NsfwOverriddenEvent;
import org.muejam.shared.moderation.OverrideImageNsfwCommand;

/**
 * An uploaded image: NSFW when its creator says so, when moderation flags it, or while moderation could not
 * answer (pending review). Only its creator may mark it NSFW afterwards; taking a mark off is for moderators.
 */
@Aggregate
public class Image {

    @AggregateIdentifier
    private String imageId;

    private UserId ownerId;
    private boolean nsfw;
    /** Where its renditions' bytes are, for whoever deletes the image to delete them too. */
    private List<String> blobKeys = List.of();

    private boolean deleted;

    protected Image() {
        // for Axon
    }

    @CommandHandler
    public Image(UploadImageCommand command, Clock clock) {
        if (command.renditions().isEmpty()) {
            throw DomainRuleViolation.invalid("image-invalid", "file", "an image needs at least one rendition");
        }
        boolean flagged = command.moderation() == ImageModerationStatus.FLAGGED
                || command.moderation() == ImageModerationStatus.PENDING;
        apply(new ImageUploadedEvent(
                command.imageId(),
                command.ownerId(),
                command.renditions(),
                command.markedNsfwByCreator() || flagged,
                command.markedNsfwByCreator(),
                command.moderation(),
                command.labels(),
                clock.instant()));
    }

    @CommandHandler
    public void handle(MarkImageNsfwCommand command, Clock clock) {
        if (!ownerId.equals(command.requestedBy())) {
            throw new DomainRuleViolation(
                    DomainRuleViolation.Kind.FORBIDDEN,
                    "not-image-owner",
                    null,
                    "only the creator of an image may mark it NSFW");
        }
        if (nsfw) {
            return;
        }
        apply(new ImageMarkedNsfwEvent(imageId, ownerId, clock.instant()));
    }

    /** A moderator sets the classification; the same one again stores nothing. */
    @CommandHandler
    public void handle(OverrideImageNsfwCommand command, Clock clock) {
        if (command.moderatorId() == null) {
            throw DomainRuleViolation.invalid("moderator-required", null, "an override names its moderator");
        }
        String reason = ModerationReason.require(command.reason());
        if (nsfw == command.nsfw()) {
            return;
        }
        apply(new NsfwOverriddenEvent(
                "image",
                imageId,
                ownerId.value(),
                command.nsfw(),
                command.moderatorId().value(),
                reason,
                clock.instant()));
    }

    /**
     * Deletes the image (its owner's erasure deletes their avatar, decision 0042) and answers its blob keys, whose
     * bytes the caller deletes. Deleting it again stores nothing and answers the same keys, so a retry deletes any
     * bytes left over.
     */
    @CommandHandler
    public List<String> handle(DeleteImageCommand command, Clock clock) {
        if (!deleted) {
            apply(new ImageDeletedEvent(imageId, ownerId, command.reason(), clock.instant()));
        }
        return blobKeys;
    }

    @EventSourcingHandler
    void on(ImageDeletedEvent event) {
        deleted = true;
    }

    @EventSourcingHandler
    void on(NsfwOverriddenEvent event) {
        nsfw = event.nsfw();
    }

    @EventSourcingHandler
    void on(ImageUploadedEvent event) {
        imageId = event.imageId();
        ownerId = event.ownerId();
        nsfw = event.nsfw();
        blobKeys = event.renditions().stream().map(ImageRendition::key).toList();
    }

    @EventSourcingHandler
    void on(ImageMarkedNsfwEvent event) {
        nsfw = true;
    }
}
