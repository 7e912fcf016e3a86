package org.muejam.command.content;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.content.CommentPostedEvent;
import org.muejam.shared.content.ContentIds;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.content.PostCommentCommand;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.moderation.ContentDeletedEvent;
import org.muejam.shared.moderation.ContentHiddenEvent;
import org.muejam.shared.moderation.ContentModeration;
import org.muejam.shared.moderation.ContentRestoredEvent;
import org.muejam.shared.moderation.TakeDownCommentCommand;

/**
 * A comment ({@code comment:<uuid>}) on a story, chapter or whisper, answering another comment or not. Its own
 * aggregate: a popular story's thousands of comments never load with the story. That the target exists and is
 * visible is checked by the use case against the read models before the command is sent.
 */
@Aggregate
public class Comment {

    @AggregateIdentifier
    private String commentId;

    private UserId author;
    private ContentModeration moderation;

    protected Comment() {
        // for Axon
    }

    @CommandHandler
    public Comment(PostCommentCommand command, Clock clock) {
        if (!ContentIds.isValid(ContentIds.COMMENT, command.commentId())) {
            throw DomainRuleViolation.invalid("invalid-comment-id", null, "a comment id is comment:<uuid>");
        }
        if (command.authorId() == null || command.targetType() == null || command.targetId() == null) {
            throw DomainRuleViolation.invalid("invalid-comment", null, "a comment has an author and a target");
        }
        if (command.targetType() == ContentType.COMMENT) {
            throw DomainRuleViolation.invalid(
                    "invalid-comment-target", "targetType", "answer a comment with parentId, on its target");
        }
        Instant now = clock.instant();
        apply(new CommentPostedEvent(
                command.commentId(),
                command.targetType(),
                command.targetId(),
                command.parentId(),
                command.authorId().value(),
                StoryPolicy.requireCommentContent(command.content()),
                now));
        Story.flag(ContentType.COMMENT, command.commentId(), command.authorId(), command.flags(), now);
    }

    /** A moderator hides, restores or deletes it (see {@link ContentTakedown}); a no-op stores nothing. */
    @CommandHandler
    public void handle(TakeDownCommentCommand command, Clock clock) {
        ContentTakedown.decide(
                        moderation,
                        ContentType.COMMENT,
                        commentId,
                        author,
                        command.action(),
                        command.moderatorId(),
                        command.reason(),
                        clock.instant())
                .ifPresent(AggregateLifecycle::apply);
    }

    @EventSourcingHandler
    void on(CommentPostedEvent event) {
        commentId = event.commentId();
        author = UserId.of(event.authorId());
    }

    @EventSourcingHandler
    void on(ContentHiddenEvent event) {
        moderation = ContentTakedown.after(event);
    }

    @EventSourcingHandler
    void on(ContentRestoredEvent event) {
        moderation = ContentTakedown.after(event);
    }

    @EventSourcingHandler
    void on(ContentDeletedEvent event) {
        moderation = ContentTakedown.after(event);
    }
}
