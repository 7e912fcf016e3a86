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
import org.muejam.command.content.application.Whispering;
import org.muejam.command.shared.Queries;
import org.muejam.infra.web.Problems;
import org.muejam.query.shared.ReadsFrom;
import org.muejam.shared.content.ListWhispersQuery;
import org.muejam.shared.content.WhisperPage;
import org.muejam.shared.content.WhisperResponse;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Whispers, short public posts: a verified person posts one; anyone reads them, newest first. */
@Tag(name = "whispers")
@RestController
@RequestMapping("/api/whispers")
public class WhisperController {

    public record WhisperRequest(
            @NotBlank @Size(max = Whispering.MAX_CONTENT) String content) {}

    public record WhisperList(List<WhisperView> items, String nextCursor) {}

    /** A whisper as a reader sees it. */
    public record WhisperView(
            String id,
            String authorId,
            String content,
            Instant postedAt,
            long likes,

            @Schema(
                    description = "HIDDEN or DELETED when moderation took the whisper down (only its author still"
                            + " sees it); absent otherwise")
            String moderation) {

        static WhisperView of(WhisperResponse whisper) {
            return new WhisperView(
                    whisper.id(),
                    whisper.authorId(),
                    whisper.content(),
                    whisper.postedAt(),
                    whisper.likes(),
                    whisper.moderation() == null ? null : whisper.moderation().name());
        }
    }

    private final Whispering whispering;
    private final QueryGateway queries;
    private final VisibleContent visible;

    public WhisperController(Whispering whispering, QueryGateway queries, VisibleContent visible) {
        this.whispering = whispering;
        this.queries = queries;
        this.visible = visible;
    }

    @Operation(operationId = "postWhisper", summary = "Post a whisper (verified email address needed)")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "422", description = "Refused by a content filter (its name in `rule`)")
    @PostMapping
    public ResponseEntity<StoryController.Created> post(@Valid @RequestBody WhisperRequest body, Principal principal) {
        String id = whispering.post(UserId.of(principal.getName()), body.content());
        return ResponseEntity.created(URI.create("/api/whispers/" + id)).body(new StoryController.Created(id));
    }

    @ReadsFrom({ReadModels.CONTENT, ReadModels.SOCIAL})
    @Operation(
            operationId = "listWhispers",
            summary = "Whispers, newest first, optionally by one author; cursor-paginated")
    @GetMapping
    public WhisperList list(
            @RequestParam(required = false) String author,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit,
            Principal principal) {
        int size = PageCursor.limit(limit);
        PageCursor after = PageCursor.decode(cursor);
        if (author != null && author.length() > UserId.MAX_LENGTH) {
            throw Problems.of(HttpStatus.BAD_REQUEST, "invalid-author", "author is a user id", "author");
        }
        WhisperPage page = Queries.ask(
                queries,
                new ListWhispersQuery(
                        author == null || author.isBlank() ? null : author,
                        after == null ? null : after.at(),
                        after == null ? null : after.id(),
                        size,
                        principal == null ? null : principal.getName()),
                ResponseTypes.instanceOf(WhisperPage.class));
        String next = PageCursor.next(page.items(), page.more(), WhisperResponse::postedAt, WhisperResponse::id);
        return new WhisperList(page.items().stream().map(WhisperView::of).toList(), next);
    }

    @ReadsFrom({ReadModels.CONTENT, ReadModels.SOCIAL})
    @Operation(operationId = "getWhisper", summary = "One whisper")
    @GetMapping("/{id}")
    public WhisperView get(@PathVariable String id, Principal principal) {
        return WhisperView.of(visible.whisper(id, principal));
    }
}
