package org.muejam.shared.content;

import java.time.Instant;
import org.muejam.shared.moderation.ContentModeration;

/** A comment in the comments read model; {@code parentId} is the comment it answers, or null; {@code likes} counts
 * the people who like it (social read model). */
public record CommentResponse(
        String id,
        ContentType targetType,
        String targetId,
        String parentId,
        String authorId,
        String content,
        Instant postedAt,
        long likes,
        ContentModeration moderation,
        boolean authorShadowbanned,
        String authorName) {

    /** Without the author's name (the users read model's display name, "Deleted User" once they were erased). */
    public CommentResponse(
            String id,
            ContentType targetType,
            String targetId,
            String parentId,
            String authorId,
            String content,
            Instant postedAt,
            long likes,
            ContentModeration moderation,
            boolean authorShadowbanned) {
        this(
                id,
                targetType,
                targetId,
                parentId,
                authorId,
                content,
                postedAt,
                likes,
                moderation,
                authorShadowbanned,
                null);
    }

    /**
     * Whether {@code viewerId} (null for an anonymous reader) may see it: its author always; anyone else unless
     * moderation hid or deleted it or its author is shadowbanned (decision 0033).
     */
    public boolean visibleTo(String viewerId) {
        return authorId.equals(viewerId) || (moderation == null && !authorShadowbanned);
    }
}
