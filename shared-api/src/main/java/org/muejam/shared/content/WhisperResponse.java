package org.muejam.shared.content;

import java.time.Instant;
import org.muejam.shared.moderation.ContentModeration;

/** A whisper in the content read model; {@code likes} counts the people who like it (social read model). */
public record WhisperResponse(
        String id,
        String authorId,
        String content,
        Instant postedAt,
        long likes,
        ContentModeration moderation,
        boolean authorShadowbanned) {

    /**
     * Whether {@code viewerId} (null for an anonymous reader) may see it: its author always; anyone else unless
     * moderation hid or deleted it or its author is shadowbanned (decision 0033).
     */
    public boolean visibleTo(String viewerId) {
        return authorId.equals(viewerId) || (moderation == null && !authorShadowbanned);
    }
}
