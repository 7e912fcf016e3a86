package org.muejam.command.content.application;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.content.ContentScreening;
import org.muejam.command.content.StoryPolicy;
import org.muejam.command.identity.EmailVerificationStatus;
import org.muejam.command.identity.VerifiedAuthorPolicy;
import org.muejam.command.privacy.application.PrivacyRules;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.shared.Queries;
import org.muejam.shared.content.CommentResponse;
import org.muejam.shared.content.ContentIds;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.content.FindCommentQuery;
import org.muejam.shared.content.PostCommentCommand;
import org.muejam.shared.identity.UserId;
import org.springframework.stereotype.Service;

/**
 * A verified reader comments on a published story, one of its chapters or a whisper, answering another comment on the same
 * target or not. The target must exist and be visible to everyone (a draft, even the commenter's own, takes no
 * comments: 404, as for an unknown target), and its author's comment permission must admit the commenter; the text
 * passes the content screening before the command is sent.
 */
@Service
public class Commenting {

    public static final int MAX_CONTENT = StoryPolicy.MAX_COMMENT;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ContentScreening screening;
    private final EmailVerificationStatus emails;
    private final PrivacyRules privacy;

    public Commenting(
            CommandGateway commands,
            QueryGateway queries,
            ContentScreening screening,
            EmailVerificationStatus emails,
            PrivacyRules privacy) {
        this.commands = commands;
        this.queries = queries;
        this.screening = screening;
        this.emails = emails;
        this.privacy = privacy;
    }

    /** Returns the new comment's id. */
    public String post(UserId author, ContentType targetType, String targetId, String parentId, String content) {
        VerifiedAuthorPolicy.requireVerifiedEmail(author, emails);
        requireVisibleTarget(author, targetType, targetId);
        // the target's author decides who comments on their work (403 comments-not-allowed)
        VisibleTargets.authorOf(queries, targetType, targetId)
                .ifPresent(owner -> privacy.requireMayComment(author, UserId.of(owner)));
        if (parentId != null) {
            requireParent(author, targetType, targetId, parentId);
        }
        StoryPolicy.requireCommentContent(content);
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("content", content);
        ContentScreening.Screened screened =
                screening.screen(new ContentScreening.Submission(author, ContentType.COMMENT, texts));
        String commentId = ContentIds.random(ContentIds.COMMENT);
        commands.sendAndWait(new PostCommentCommand(
                commentId,
                targetType,
                targetId,
                parentId,
                author,
                screened.texts().get("content"),
                screened.flags()));
        return commentId;
    }

    private void requireVisibleTarget(UserId author, ContentType targetType, String targetId) {
        // comments answer comments through parentId; a comment is no target of its own
        if (targetType == ContentType.COMMENT || !VisibleTargets.visible(queries, targetType, targetId, author)) {
            throw DomainRuleViolation.notFound(
                    "comment-target-not-found", "targetId", "no published " + targetType.slug() + " with this id");
        }
    }

    private void requireParent(UserId author, ContentType targetType, String targetId, String parentId) {
        Optional<CommentResponse> parent = ContentIds.isValid(ContentIds.COMMENT, parentId)
                ? Queries.optional(queries, new FindCommentQuery(parentId), CommentResponse.class)
                : Optional.empty();
        if (parent.filter(p ->
                        p.targetType() == targetType && p.targetId().equals(targetId) && p.visibleTo(author.value()))
                .isEmpty()) {
            throw DomainRuleViolation.notFound(
                    "parent-comment-not-found", "parentId", "no comment with this id on the same target");
        }
    }
}
