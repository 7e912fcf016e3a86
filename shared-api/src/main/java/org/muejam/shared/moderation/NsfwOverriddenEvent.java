package org.muejam.shared.moderation;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A moderator set the NSFW classification of a story or an image ({@code contentType} "story" or "image"); for a
 * story it holds over the author's later edits of their own mark.
 */
@Revision("1")
public record NsfwOverriddenEvent(
        String contentType,
        String contentId,
        String authorId,
        boolean nsfw,
        String moderatorId,
        String reason,
        Instant at) {}
