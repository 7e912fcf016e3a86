package org.muejam.command.content.media;

import java.util.List;
import org.muejam.shared.content.ModerationLabel;

/** An automated image classifier (AWS Rekognition in production); {@link NsfwClassificationPolicy} reads its labels. */
public interface ImageModeration {

    /** Whether a classifier is configured; when not, images are stored unclassified. */
    boolean enabled();

    /**
     * The moderation labels of the image.
     *
     * @throws Unavailable when the classifier cannot answer (unreachable, refused, timed out)
     */
    List<ModerationLabel> labels(byte[] image);

    class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
