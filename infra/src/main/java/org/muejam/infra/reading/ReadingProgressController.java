package org.muejam.infra.reading;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.reading.application.ReadingProgressTracking;
import org.muejam.command.shared.Queries;
import org.muejam.infra.content.PageCursor;
import org.muejam.infra.web.Problems;
import org.muejam.query.shared.ReadsFrom;
import org.muejam.shared.content.ContentIds;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.reading.FindReadingProgressQuery;
import org.muejam.shared.reading.ListReadingProgressQuery;
import org.muejam.shared.reading.ReadingPosition;
import org.muejam.shared.reading.ReadingProgressPage;
import org.muejam.shared.reading.ReadingProgressResponse;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in reader's place in each published story: a chapter of it and the percent read of that chapter
 * (a JSON number from 0 to 100, kept with two decimals). Nobody else sees it.
 */
@Tag(name = "reading-progress")
@RestController
@RequestMapping("/api/me/reading-progress")
public class ReadingProgressController {

    public record ProgressRequest(
            @NotBlank @Size(max = 64) String storyId,

            @NotBlank @Size(max = 64) String chapterId,

            @NotNull BigDecimal percent) {}

    public record ProgressList(List<ReadingProgressResponse> items, String nextCursor) {}

    private final ReadingProgressTracking tracking;
    private final QueryGateway queries;

    public ReadingProgressController(ReadingProgressTracking tracking, QueryGateway queries) {
        this.tracking = tracking;
        this.queries = queries;
    }

    @Operation(
            operationId = "recordReadingProgress",
            summary = "Record where the reader is in a published story (the same place again stores nothing)")
    @PutMapping
    public ReadingPosition record(@Valid @RequestBody ProgressRequest body, Principal principal) {
        return tracking.record(UserId.of(principal.getName()), body.storyId(), body.chapterId(), body.percent());
    }

    @ReadsFrom({ReadModels.READING, ReadModels.CONTENT})
    @Operation(
            operationId = "listReadingProgress",
            summary = "The reader's progress in every story, most recent first; cursor-paginated")
    @GetMapping
    public ProgressList list(
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit,
            Principal principal) {
        int size = PageCursor.limit(limit);
        PageCursor after = PageCursor.decode(cursor);
        ReadingProgressPage page = Queries.ask(
                queries,
                new ListReadingProgressQuery(
                        UserId.of(principal.getName()),
                        after == null ? null : after.at(),
                        after == null ? null : after.id(),
                        size),
                ResponseTypes.instanceOf(ReadingProgressPage.class));
        String next = PageCursor.next(
                page.items(), page.more(), ReadingProgressResponse::updatedAt, ReadingProgressResponse::storyId);
        return new ProgressList(page.items(), next);
    }

    @ReadsFrom({ReadModels.READING, ReadModels.CONTENT})
    @Operation(operationId = "getReadingProgress", summary = "The reader's progress in one story")
    @GetMapping("/{storyId}")
    public ReadingProgressResponse get(@PathVariable String storyId, Principal principal) {
        Optional<ReadingProgressResponse> found = ContentIds.isValid(ContentIds.STORY, storyId)
                ? Queries.optional(
                        queries,
                        new FindReadingProgressQuery(UserId.of(principal.getName()), storyId),
                        ReadingProgressResponse.class)
                : Optional.empty();
        return found.orElseThrow(() ->
                Problems.of(HttpStatus.NOT_FOUND, "reading-progress-not-found", "no progress recorded in this story"));
    }
}
