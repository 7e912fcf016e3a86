package org.muejam.shared.content;

import java.time.Instant;

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
        long likes) {}
