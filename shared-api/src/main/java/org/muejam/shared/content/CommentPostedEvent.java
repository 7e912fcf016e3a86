package org.muejam.shared.content;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A comment on a story, chapter or whisper; parentId names the comment it answers, or is null. */
@Revision("1")
public record CommentPostedEvent(
        String commentId,
        ContentType targetType,
        String targetId,
        String parentId,
        String authorId,
        String content,
        Instant postedAt) {}
