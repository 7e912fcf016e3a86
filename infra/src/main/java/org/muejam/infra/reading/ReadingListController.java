package org.muejam.infra.reading;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.reading.application.ReadingLists;
import org.muejam.command.shared.Queries;
import org.muejam.infra.content.PageCursor;
import org.muejam.infra.content.ReaderPreferences;
import org.muejam.infra.web.Problems;
import org.muejam.query.shared.ReadsFrom;
import org.muejam.shared.content.NsfwPreference;
import org.muejam.shared.content.NsfwVisibility;
import org.muejam.shared.content.StoryStatus;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.reading.FindReadingListQuery;
import org.muejam.shared.reading.ListReadingListsQuery;
import org.muejam.shared.reading.ReadingIds;
import org.muejam.shared.reading.ReadingListEntry;
import org.muejam.shared.reading.ReadingListPage;
import org.muejam.shared.reading.ReadingListResponse;
import org.muejam.shared.reading.ReadingListSummary;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reading lists: a signed-in person keeps up to 100, each of up to 500 published stories. A private list is its
 * owner's alone (404 to anyone else); a public one any signed-in reader reads, less the stories that reader may not
 * see (drafts, NSFW stories the reader hides).
 */
@Tag(name = "reading-lists")
@RestController
@RequestMapping("/api/reading-lists")
public class ReadingListController {

    public record CreateListRequest(
            @NotBlank @Size(max = ReadingLists.MAX_NAME) String name,

            @Size(max = ReadingLists.MAX_DESCRIPTION) String description,

            @JsonProperty("public") Boolean isPublic) {}

    public record UpdateListRequest(
            @NotBlank @Size(max = ReadingLists.MAX_NAME) String name,

            @Size(max = ReadingLists.MAX_DESCRIPTION) String description,

            @NotNull @JsonProperty("public") Boolean isPublic) {}

    public record AddStoryRequest(@NotBlank @Size(max = 64) String storyId) {}

    public record Created(String id) {}

    public record ListItem(
            String id,
            String name,
            String description,
            @JsonProperty("public") boolean isPublic,
            int storyCount,
            Instant updatedAt) {

        static ListItem of(ReadingListSummary list) {
            return new ListItem(
                    list.id(), list.name(), list.description(), list.isPublic(), list.storyCount(), list.updatedAt());
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ListPage(List<ListItem> items, String nextCursor) {}

    /** A story on a list; {@code blurred} when the reader asked for NSFW content to be blurred. */
    public record StoryItem(String storyId, String title, Instant addedAt, boolean nsfw, boolean blurred) {}

    public record ListView(
            String id,
            String name,
            String description,
            @JsonProperty("public") boolean isPublic,
            String ownerId,
            Instant updatedAt,
            List<StoryItem> stories) {}

    private final ReadingLists lists;
    private final QueryGateway queries;
    private final ReaderPreferences preferences;

    public ReadingListController(ReadingLists lists, QueryGateway queries, ReaderPreferences preferences) {
        this.lists = lists;
        this.queries = queries;
        this.preferences = preferences;
    }

    @Operation(
            operationId = "createReadingList",
            summary = "Start a reading list (a public one needs a verified email address and passes screening)")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "422", description = "Refused by a content filter (`rule`), or 100 lists reached")
    @PostMapping
    public ResponseEntity<Created> create(@Valid @RequestBody CreateListRequest body, Principal principal) {
        String id = lists.create(
                UserId.of(principal.getName()),
                new ReadingLists.Details(body.name(), body.description(), Boolean.TRUE.equals(body.isPublic())));
        return ResponseEntity.created(URI.create("/api/reading-lists/" + id)).body(new Created(id));
    }

    @ReadsFrom(ReadModels.READING)
    @Operation(
            operationId = "listReadingLists",
            summary = "The signed-in person's reading lists, most recently changed first; cursor-paginated")
    @GetMapping
    public ListPage mine(
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit,
            Principal principal) {
        int size = PageCursor.limit(limit);
        PageCursor after = PageCursor.decode(cursor);
        ReadingListPage page = Queries.ask(
                queries,
                new ListReadingListsQuery(
                        principal.getName(),
                        after == null ? null : after.at(),
                        after == null ? null : after.id(),
                        size),
                ResponseTypes.instanceOf(ReadingListPage.class));
        String next = PageCursor.next(page.items(), page.more(), ReadingListSummary::updatedAt, ReadingListSummary::id);
        return new ListPage(page.items().stream().map(ListItem::of).toList(), next);
    }

    @ReadsFrom({ReadModels.READING, ReadModels.CONTENT})
    @Operation(
            operationId = "getReadingList",
            summary = "One reading list with its stories: the owner's, or anyone's when public")
    @GetMapping("/{id}")
    public ListView get(@PathVariable String id, Principal principal) {
        Optional<ReadingListResponse> found = ReadingIds.isList(id)
                ? Queries.optional(queries, new FindReadingListQuery(id), ReadingListResponse.class)
                : Optional.empty();
        String reader = principal.getName();
        ReadingListResponse list = found.filter(l -> l.isPublic() || l.ownerId().equals(reader))
                .orElseThrow(() ->
                        Problems.of(HttpStatus.NOT_FOUND, "reading-list-not-found", "no reading list with this id"));
        boolean owner = list.ownerId().equals(reader);
        NsfwPreference preference = preferences.nsfw(principal);
        List<StoryItem> stories = list.stories().stream()
                .filter(entry -> visible(entry, reader, owner, preference))
                .map(entry -> new StoryItem(
                        entry.storyId(),
                        entry.title(),
                        entry.addedAt(),
                        entry.nsfw(),
                        entry.nsfw() && preference != NsfwPreference.SHOW_ALL))
                .toList();
        return new ListView(
                list.id(), list.name(), list.description(), list.isPublic(), list.ownerId(), list.updatedAt(), stories);
    }

    /** A story not published is its author's alone; NSFW stories the reader hides are left out of others' lists. */
    private static boolean visible(ReadingListEntry entry, String reader, boolean owner, NsfwPreference preference) {
        if (entry.status() == null) {
            return false;
        }
        if (entry.status() == StoryStatus.DRAFT && !reader.equals(entry.authorId())) {
            return false;
        }
        return owner || NsfwVisibility.apply(preference, entry.nsfw()).visible();
    }

    @Operation(
            operationId = "updateReadingList",
            summary = "Rename a reading list, describe it, make it public or private")
    @ApiResponse(responseCode = "200", description = "Updated (the same details again store nothing)")
    @ApiResponse(responseCode = "422", description = "Refused by a content filter (its name in `rule`)")
    @PutMapping("/{id}")
    public ResponseEntity<Void> update(
            @PathVariable String id, @Valid @RequestBody UpdateListRequest body, Principal principal) {
        lists.update(
                id,
                UserId.of(principal.getName()),
                new ReadingLists.Details(body.name(), body.description(), body.isPublic()));
        return ResponseEntity.ok().build();
    }

    @Operation(operationId = "deleteReadingList", summary = "Delete a reading list")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @DeleteMapping("/{id}")
    public ResponseEntity<Void> delete(@PathVariable String id, Principal principal) {
        lists.delete(id, UserId.of(principal.getName()));
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "addStoryToReadingList", summary = "Put a published story on a reading list")
    @ApiResponse(responseCode = "204", description = "On the list (already there: nothing stored)")
    @ApiResponse(responseCode = "422", description = "The list holds 500 stories already")
    @PostMapping("/{id}/stories")
    public ResponseEntity<Void> addStory(
            @PathVariable String id, @Valid @RequestBody AddStoryRequest body, Principal principal) {
        lists.addStory(id, UserId.of(principal.getName()), body.storyId());
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "removeStoryFromReadingList", summary = "Take a story off a reading list")
    @ApiResponse(responseCode = "204", description = "Not on the list (any more)")
    @DeleteMapping("/{id}/stories/{storyId}")
    public ResponseEntity<Void> removeStory(
            @PathVariable String id, @PathVariable String storyId, Principal principal) {
        lists.removeStory(id, UserId.of(principal.getName()), storyId);
        return ResponseEntity.noContent().build();
    }
}
