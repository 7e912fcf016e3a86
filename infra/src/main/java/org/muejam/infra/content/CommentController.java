package org.muejam.infra.content;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.content.application.Commenting;
import org.muejam.command.shared.Queries;
import org.muejam.infra.web.Problems;
import org.muejam.query.shared.ReadsFrom;
import org.muejam.shared.content.CommentPage;
import org.muejam.shared.content.CommentResponse;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.content.ListCommentsQuery;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Comments on published stories and chapters and on whispers, threaded by {@code parentId}: a verified reader posts one; anyone
 * reads a story's or a chapter's comments, oldest first, a page at a time.
 */
@Tag(name = "comments")
@RestController
public class CommentController {

    public record CommentRequest(
            @NotBlank @Size(max = 16) String targetType,

            @NotBlank @Size(max = 64) String targetId,

            @NotBlank @Size(max = Commenting.MAX_CONTENT) String content,

            @Size(max = 64) String parentId) {}

    public record CommentView(
            String id,
            String targetType,
            String targetId,
            String parentId,
            String authorId,
            String content,
            Instant postedAt,
            long likes,

            @Schema(
                    description = "HIDDEN or DELETED when moderation took the comment down (only its author still"
                            + " sees it); absent otherwise")
            String moderation,

            @Schema(description = "The author's display name; \"Deleted User\" once the author's account was erased")
            String authorName) {

        static CommentView of(CommentResponse comment) {
            return new CommentView(
                    comment.id(),
                    comment.targetType().slug(),
                    comment.targetId(),
                    comment.parentId(),
                    comment.authorId(),
                    comment.content(),
                    comment.postedAt(),
                    comment.likes(),
                    comment.moderation() == null ? null : comment.moderation().name(),
                    comment.authorName());
        }
    }

    public record CommentList(List<CommentView> items, String nextCursor) {}

    private final Commenting commenting;
    private final QueryGateway queries;
    private final VisibleContent visible;

    public CommentController(Commenting commenting, QueryGateway queries, VisibleContent visible) {
        this.commenting = commenting;
        this.queries = queries;
        this.visible = visible;
    }

    @Operation(operationId = "postComment", summary = "Comment on a published story or chapter, or answer a comment")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "422", description = "Refused by a content filter (its name in `rule`)")
    @PostMapping("/api/comments")
    public ResponseEntity<StoryController.Created> post(@Valid @RequestBody CommentRequest body, Principal principal) {
        ContentType targetType = ContentType.fromSlug(body.targetType())
                .filter(type -> type != ContentType.COMMENT && type != ContentType.READING_LIST)
                .orElseThrow(() -> Problems.of(
                        HttpStatus.BAD_REQUEST,
                        "invalid-target-type",
                        "targetType is story, chapter or whisper",
                        "targetType"));
        String parentId = body.parentId() == null || body.parentId().isBlank() ? null : body.parentId();
        String id =
                commenting.post(UserId.of(principal.getName()), targetType, body.targetId(), parentId, body.content());
        return ResponseEntity.created(URI.create("/api/comments/" + id)).body(new StoryController.Created(id));
    }

    @ReadsFrom({ReadModels.CONTENT, ReadModels.SOCIAL})
    @Operation(operationId = "listStoryComments", summary = "A story's comments, oldest first; cursor-paginated")
    @GetMapping("/api/stories/{id}/comments")
    public CommentList storyComments(
            @PathVariable String id,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit,
            Principal principal) {
        visible.story(id, principal);
        return page(ContentType.STORY, id, cursor, limit, principal);
    }

    @ReadsFrom({ReadModels.CONTENT, ReadModels.SOCIAL})
    @Operation(operationId = "listChapterComments", summary = "A chapter's comments, oldest first; cursor-paginated")
    @GetMapping("/api/stories/{id}/chapters/{chapterId}/comments")
    public CommentList chapterComments(
            @PathVariable String id,
            @PathVariable String chapterId,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit,
            Principal principal) {
        visible.chapter(id, chapterId, principal);
        return page(ContentType.CHAPTER, chapterId, cursor, limit, principal);
    }

    @ReadsFrom({ReadModels.CONTENT, ReadModels.SOCIAL})
    @Operation(operationId = "listWhisperComments", summary = "A whisper's comments, oldest first; cursor-paginated")
    @GetMapping("/api/whispers/{id}/comments")
    public CommentList whisperComments(
            @PathVariable String id,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit,
            Principal principal) {
        visible.whisper(id, principal);
        return page(ContentType.WHISPER, id, cursor, limit, principal);
    }

    private CommentList page(ContentType type, String targetId, String cursor, Integer limit, Principal principal) {
        int size = PageCursor.limit(limit);
        PageCursor after = PageCursor.decode(cursor);
        CommentPage page = Queries.ask(
                queries,
                new ListCommentsQuery(
                        type,
                        targetId,
                        after == null ? null : after.at(),
                        after == null ? null : after.id(),
                        size,
                        principal == null ? null : principal.getName()),
                ResponseTypes.instanceOf(CommentPage.class));
        String next = PageCursor.next(page.items(), page.more(), CommentResponse::postedAt, CommentResponse::id);
        return new CommentList(page.items().stream().map(CommentView::of).toList(), next);
    }
}
