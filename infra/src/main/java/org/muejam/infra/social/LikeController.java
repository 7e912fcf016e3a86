package org.muejam.infra.social;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.shared.Queries;
import org.muejam.command.social.application.Liking;
import org.muejam.infra.content.PageCursor;
import org.muejam.query.shared.ReadsFrom;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.readmodels.ReadModels;
import org.muejam.shared.social.LikePage;
import org.muejam.shared.social.LikeResponse;
import org.muejam.shared.social.ListLikesQuery;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Likes of published stories, whispers and comments: a signed-in person likes (PUT) or stops liking (DELETE), both
 * idempotent; the like counts show on the content itself; {@code /api/me/likes} lists what the person liked.
 */
@Tag(name = "likes")
@RestController
public class LikeController {

    public record LikeView(String targetType, String targetId, Instant likedAt) {

        static LikeView of(LikeResponse like) {
            return new LikeView(like.targetType().slug(), like.targetId(), like.likedAt());
        }
    }

    public record LikeList(List<LikeView> items, String nextCursor) {}

    private final Liking liking;
    private final QueryGateway queries;

    public LikeController(Liking liking, QueryGateway queries) {
        this.liking = liking;
        this.queries = queries;
    }

    @Operation(operationId = "likeStory", summary = "Like a published story (liking it again changes nothing)")
    @ApiResponse(responseCode = "204", description = "Liked")
    @PutMapping("/api/stories/{id}/like")
    public ResponseEntity<Void> likeStory(@PathVariable String id, Principal principal) {
        liking.like(UserId.of(principal.getName()), ContentType.STORY, id);
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "unlikeStory", summary = "Stop liking a story (not liking it changes nothing)")
    @ApiResponse(responseCode = "204", description = "Not liked")
    @DeleteMapping("/api/stories/{id}/like")
    public ResponseEntity<Void> unlikeStory(@PathVariable String id, Principal principal) {
        liking.unlike(UserId.of(principal.getName()), ContentType.STORY, id);
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "likeWhisper", summary = "Like a whisper (liking it again changes nothing)")
    @ApiResponse(responseCode = "204", description = "Liked")
    @PutMapping("/api/whispers/{id}/like")
    public ResponseEntity<Void> likeWhisper(@PathVariable String id, Principal principal) {
        liking.like(UserId.of(principal.getName()), ContentType.WHISPER, id);
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "unlikeWhisper", summary = "Stop liking a whisper (not liking it changes nothing)")
    @ApiResponse(responseCode = "204", description = "Not liked")
    @DeleteMapping("/api/whispers/{id}/like")
    public ResponseEntity<Void> unlikeWhisper(@PathVariable String id, Principal principal) {
        liking.unlike(UserId.of(principal.getName()), ContentType.WHISPER, id);
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "likeComment", summary = "Like a comment (liking it again changes nothing)")
    @ApiResponse(responseCode = "204", description = "Liked")
    @PutMapping("/api/comments/{id}/like")
    public ResponseEntity<Void> likeComment(@PathVariable String id, Principal principal) {
        liking.like(UserId.of(principal.getName()), ContentType.COMMENT, id);
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "unlikeComment", summary = "Stop liking a comment (not liking it changes nothing)")
    @ApiResponse(responseCode = "204", description = "Not liked")
    @DeleteMapping("/api/comments/{id}/like")
    public ResponseEntity<Void> unlikeComment(@PathVariable String id, Principal principal) {
        liking.unlike(UserId.of(principal.getName()), ContentType.COMMENT, id);
        return ResponseEntity.noContent().build();
    }

    @ReadsFrom(ReadModels.SOCIAL)
    @Operation(operationId = "listMyLikes", summary = "What the signed-in person liked, newest first; cursor-paginated")
    @GetMapping("/api/me/likes")
    public LikeList mine(
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit,
            Principal principal) {
        int size = PageCursor.limit(limit);
        PageCursor after = PageCursor.decode(cursor);
        LikePage page = Queries.ask(
                queries,
                new ListLikesQuery(
                        UserId.of(principal.getName()),
                        after == null ? null : after.at(),
                        after == null ? null : after.id(),
                        size),
                ResponseTypes.instanceOf(LikePage.class));
        String next = PageCursor.next(page.items(), page.more(), LikeResponse::likedAt, LikeResponse::targetId);
        return new LikeList(page.items().stream().map(LikeView::of).toList(), next);
    }
}
