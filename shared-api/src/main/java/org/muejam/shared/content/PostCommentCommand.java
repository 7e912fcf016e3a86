package org.muejam.shared.content;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.UserId;

/** Posts a comment on a story, chapter or whisper, answering {@code parentId} when not null; content as screened. */
public record PostCommentCommand(
        @TargetAggregateIdentifier String commentId,
        ContentType targetType,
        String targetId,
        String parentId,
        UserId authorId,
        String content,
        List<ScreeningFinding> flags) {}
