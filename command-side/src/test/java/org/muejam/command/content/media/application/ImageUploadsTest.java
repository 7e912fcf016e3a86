package org.muejam.command.content.media.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.muejam.command.content.media.ImageModeration;
import org.muejam.command.content.media.ImageNormalizer;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.testing.InMemoryBlobStore;
import org.muejam.command.testing.InMemoryEmailVerificationStatus;
import org.muejam.command.testing.RecordingCommandGateway;
import org.muejam.shared.content.ImageModerationStatus;
import org.muejam.shared.content.ModerationLabel;
import org.muejam.shared.content.UploadImageCommand;
import org.muejam.shared.identity.UserId;

/** The upload flow: verified authors only, classified before it is recorded, NSFW pending review on an outage. */
class ImageUploadsTest {

    private static final UserId AUTHOR = UserId.of("author-1");
    private static final ImageNormalizer NORMALIZER = upload -> List.of(
            new ImageNormalizer.Rendition("full", new byte[] {1, 2, 3}, "image/jpeg", "jpg", 30, 20),
            new ImageNormalizer.Rendition("thumbnail", new byte[] {4}, "image/jpeg", "jpg", 3, 2));

    private final RecordingCommandGateway commands = new RecordingCommandGateway();
    private final InMemoryEmailVerificationStatus emails = new InMemoryEmailVerificationStatus().account(AUTHOR, true);
    private final InMemoryBlobStore blobs = new InMemoryBlobStore();

    @Test
    void anImageAboveTheLineIsRecordedFlaggedWithItsLabels() {
        List<ModerationLabel> labels = List.of(new ModerationLabel("Explicit Nudity", "", 95));

        ImageUploads.Uploaded uploaded = uploads(classifier(labels)).upload(AUTHOR, new byte[] {9}, false);

        UploadImageCommand command = commands.sent(UploadImageCommand.class).get(0);
        assertThat(command.moderation()).isEqualTo(ImageModerationStatus.FLAGGED);
        assertThat(command.labels()).isEqualTo(labels);
        assertThat(uploaded.nsfw()).isTrue();
        assertThat(blobs.keys())
                .containsExactlyInAnyOrder(
                        "images/" + uploaded.imageId() + "/full.jpg",
                        "images/" + uploaded.imageId() + "/thumbnail.jpg");
    }

    @Test
    void anImageBelowTheLineIsClear() {
        ImageUploads.Uploaded uploaded = uploads(classifier(List.of(new ModerationLabel("Suggestive", "", 70))))
                .upload(AUTHOR, new byte[] {9}, false);

        assertThat(commands.sent(UploadImageCommand.class).get(0).moderation()).isEqualTo(ImageModerationStatus.CLEAR);
        assertThat(uploaded.nsfw()).isFalse();
    }

    @Test
    void whenTheClassifierFailsTheImageIsKeptAsNsfwPendingReview() {
        ImageModeration failing = new ImageModeration() {
            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public List<ModerationLabel> labels(byte[] image) {
                throw new Unavailable("down", null);
            }
        };

        ImageUploads.Uploaded uploaded = uploads(failing).upload(AUTHOR, new byte[] {9}, false);

        assertThat(commands.sent(UploadImageCommand.class).get(0).moderation())
                .isEqualTo(ImageModerationStatus.PENDING);
        assertThat(uploaded.nsfw()).isTrue();
    }

    @Test
    void withModerationOffOnlyTheCreatorsMarkCounts() {
        ImageUploads.Uploaded unmarked = uploads(off()).upload(AUTHOR, new byte[] {9}, false);
        ImageUploads.Uploaded marked = uploads(off()).upload(AUTHOR, new byte[] {9}, true);

        assertThat(unmarked.moderation()).isEqualTo(ImageModerationStatus.OFF);
        assertThat(unmarked.nsfw()).isFalse();
        assertThat(marked.nsfw()).isTrue();
        assertThat(commands.sent(UploadImageCommand.class).get(1).markedNsfwByCreator())
                .isTrue();
    }

    @Test
    void anUnverifiedAuthorStoresNothing() {
        UserId unverified = UserId.of("author-2");
        emails.account(unverified, false);

        assertThatThrownBy(() -> uploads(off()).upload(unverified, new byte[] {9}, false))
                .isInstanceOf(DomainRuleViolation.class);
        assertThat(commands.sent()).isEmpty();
        assertThat(blobs.keys()).isEmpty();
    }

    @Test
    void whenTheRecordIsRefusedTheStoredBytesAreRemoved() {
        commands.refuse(UploadImageCommand.class, new IllegalStateException("store down"));

        assertThatThrownBy(() -> uploads(off()).upload(AUTHOR, new byte[] {9}, false))
                .isInstanceOf(IllegalStateException.class);
        assertThat(blobs.keys()).isEmpty();
    }

    private ImageUploads uploads(ImageModeration moderation) {
        return new ImageUploads(commands, emails, NORMALIZER, moderation, blobs);
    }

    private static ImageModeration classifier(List<ModerationLabel> labels) {
        return new ImageModeration() {
            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public List<ModerationLabel> labels(byte[] image) {
                return labels;
            }
        };
    }

    private static ImageModeration off() {
        return new ImageModeration() {
            @Override
            public boolean enabled() {
                return false;
            }

            @Override
            public List<ModerationLabel> labels(byte[] image) {
                throw new AssertionError("moderation is off");
            }
        };
    }
}
