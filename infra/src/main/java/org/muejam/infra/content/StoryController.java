package org.muejam.infra.content;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
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
import java.util.Locale;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.content.application.StoryAuthoring;
import org.muejam.command.shared.Queries;
import org.muejam.infra.web.Problems;
import org.muejam.query.shared.ReadsFrom;
import org.muejam.shared.content.ChapterResponse;
import org.muejam.shared.content.ContentFormat;
import org.muejam.shared.content.ListChaptersQuery;
import org.muejam.shared.content.ListStoriesQuery;
import org.muejam.shared.content.NsfwPreference;
import org.muejam.shared.content.NsfwVisibility;
import org.muejam.shared.content.StoryPage;
import org.muejam.shared.content.StoryResponse;
import org.muejam.shared.content.StoryStatus;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stories and their chapters: an author writes drafts, publishes them and adds chapters (a verified email address
 * needed); anyone reads what is published, a draft only its author. Lists honour the reader's NSFW preference.
 */
@Tag(name = "stories")
@RestController
@RequestMapping("/api/stories")
public class StoryController {

    public record StoryRequest(
            @NotBlank @Size(max = StoryAuthoring.MAX_TITLE) String title,

            @Size(max = StoryAuthoring.MAX_DESCRIPTION) String description,

            @NotBlank @Size(max = StoryAuthoring.MAX_GENRE) String genre,

            @Size(max = StoryAuthoring.MAX_TAGS) List<@NotNull @Size(max = StoryAuthoring.MAX_TAG) String> tags,

            @Size(max = StoryAuthoring.MAX_LANGUAGE) String language,

            Boolean nsfw,

            @Schema(description = "the id of an image you uploaded (POST /api/images) for the cover; absent for none")
            @Size(max = StoryAuthoring.MAX_IMAGE_ID)
            String coverImageId) {

        StoryAuthoring.Details details() {
            return new StoryAuthoring.Details(
                    title,
                    description,
                    genre,
                    tags == null ? List.of() : tags,
                    language,
                    Boolean.TRUE.equals(nsfw),
                    coverImageId);
        }
    }

    /**
     * The image on a story's cover, with its own NSFW mark (its creator's or moderation's): {@code blurred} when it is
     * NSFW and the reader did not ask to see NSFW content as it is.
     */
    public record Cover(String id, String url, String thumbnailUrl, boolean nsfw, boolean blurred) {

        static Cover of(StoryResponse story, NsfwPreference preference) {
            if (story.coverImageId() == null) {
                return null;
            }
            String url = "/api/images/" + story.coverImageId();
            return new Cover(
                    story.coverImageId(),
                    url,
                    url + "?size=thumbnail",
                    story.coverNsfw(),
                    story.coverNsfw() && preference != NsfwPreference.SHOW_ALL);
        }
    }

    public record StatusRequest(@NotBlank @Size(max = 16) String status) {}

    public record ChapterRequest(
            @NotBlank @Size(max = StoryAuthoring.MAX_TITLE) String title,

            @NotBlank @Size(max = StoryAuthoring.MAX_CHAPTER_CONTENT)
            String content,

            @Schema(description = "`html` (the default) or `markdown` (CommonMark, turned into HTML when stored)")
            @Size(max = 16)
            String format,

            @Schema(description = "the author marks the chapter NSFW (default false)")
            Boolean nsfw) {}

    public record Created(String id) {}

    /** A story as a reader sees it; {@code blurred} when the reader asked for NSFW content to be blurred. */
    public record StoryView(
            String id,
            String authorId,
            String title,
            String description,
            String genre,
            List<String> tags,
            String language,
            boolean nsfw,
            String status,
            int chapterCount,
            int wordCount,
            Instant createdAt,
            Instant updatedAt,
            Instant publishedAt,
            long likes,
            boolean blurred,
            Cover cover,

            @Schema(
                    description = "HIDDEN or DELETED when moderation took the story down (only its author still sees"
                            + " it); absent otherwise")
            String moderation,

            @Schema(description = "The author's display name; \"Deleted User\" once the author's account was erased")
            String authorName) {

        static StoryView of(StoryResponse story, NsfwPreference preference) {
            return new StoryView(
                    story.id(),
                    story.authorId(),
                    story.title(),
                    story.description(),
                    story.genre(),
                    story.tags(),
                    story.language(),
                    story.nsfw(),
                    story.status().name(),
                    story.chapterCount(),
                    story.wordCount(),
                    story.createdAt(),
                    story.updatedAt(),
                    story.publishedAt(),
                    story.likes(),
                    story.nsfw() && preference != NsfwPreference.SHOW_ALL,
                    Cover.of(story, preference),
                    story.moderation() == null ? null : story.moderation().name(),
                    story.authorName());
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record StoryList(List<StoryView> items, String nextCursor) {}

    /**
     * A chapter; {@code content} (sanitized HTML) only when one chapter is read. {@code blurred} when the chapter
     * or its story is NSFW and the reader did not ask to see NSFW content as it is.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ChapterView(
            String id,
            String storyId,
            int number,
            String title,
            String content,
            int wordCount,
            Instant addedAt,
            boolean nsfw,
            boolean blurred) {

        static ChapterView of(ChapterResponse chapter, StoryResponse story, NsfwPreference preference) {
            return new ChapterView(
                    chapter.id(),
                    chapter.storyId(),
                    chapter.number(),
                    chapter.title(),
                    chapter.content(),
                    chapter.wordCount(),
                    chapter.addedAt(),
                    chapter.nsfw(),
                    (chapter.nsfw() || story.nsfw()) && preference != NsfwPreference.SHOW_ALL);
        }
    }

    public record ChapterList(List<ChapterView> items) {}

    private final StoryAuthoring authoring;
    private final QueryGateway queries;
    private final ReaderPreferences preferences;
    private final VisibleContent visible;

    public StoryController(
            StoryAuthoring authoring, QueryGateway queries, ReaderPreferences preferences, VisibleContent visible) {
        this.authoring = authoring;
        this.queries = queries;
        this.preferences = preferences;
        this.visible = visible;
    }

    @Operation(operationId = "createStory", summary = "Start a story as a draft (verified email address needed)")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "422", description = "Refused by a content filter (its name in `rule`)")
    @PostMapping
    public ResponseEntity<Created> create(@Valid @RequestBody StoryRequest body, Principal principal) {
        String id = authoring.create(UserId.of(principal.getName()), body.details());
        return ResponseEntity.created(URI.create("/api/stories/" + id)).body(new Created(id));
    }

    @Operation(operationId = "updateStory", summary = "Change a story's details (its author)")
    @PutMapping("/{id}")
    public ResponseEntity<Void> update(
            @PathVariable String id, @Valid @RequestBody StoryRequest body, Principal principal) {
        authoring.update(id, UserId.of(principal.getName()), body.details());
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "publishStory", summary = "Publish a draft: listed and found from now on (its author)")
    @PostMapping("/{id}/publish")
    public Created publish(@PathVariable String id, Principal principal) {
        authoring.publish(id, UserId.of(principal.getName()));
        return new Created(id);
    }

    @Operation(operationId = "changeStoryStatus", summary = "Mark a published story COMPLETED or ONGOING (its author)")
    @PutMapping("/{id}/status")
    public ResponseEntity<Void> status(
            @PathVariable String id, @Valid @RequestBody StatusRequest body, Principal principal) {
        StoryStatus status;
        try {
            status = StoryStatus.valueOf(body.status().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw Problems.of(
                    HttpStatus.BAD_REQUEST, "invalid-story-status", "status is ONGOING or COMPLETED", "status");
        }
        authoring.changeStatus(id, UserId.of(principal.getName()), status);
        return ResponseEntity.noContent().build();
    }

    @ReadsFrom({ReadModels.CONTENT, ReadModels.SOCIAL})
    @Operation(
            operationId = "listStories",
            summary = "Published stories, newest first, optionally by one author; cursor-paginated")
    @GetMapping
    public StoryList list(
            @RequestParam(required = false) String author,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit,
            Principal principal) {
        int size = PageCursor.limit(limit);
        PageCursor after = PageCursor.decode(cursor);
        if (author != null && author.length() > UserId.MAX_LENGTH) {
            throw Problems.of(HttpStatus.BAD_REQUEST, "invalid-author", "author is a user id", "author");
        }
        NsfwPreference preference = preferences.nsfw(principal);
        StoryPage page = Queries.ask(
                queries,
                new ListStoriesQuery(
                        author == null || author.isBlank() ? null : author,
                        after == null ? null : after.at(),
                        after == null ? null : after.id(),
                        preference != NsfwPreference.HIDE_NSFW,
                        size,
                        principal == null ? null : principal.getName()),
                ResponseTypes.instanceOf(StoryPage.class));
        List<StoryView> items = page.items().stream()
                .map(story -> StoryView.of(story, preference))
                .toList();
        String next = PageCursor.next(page.items(), page.more(), StoryResponse::publishedAt, StoryResponse::id);
        return new StoryList(items, next);
    }

    @ReadsFrom({ReadModels.CONTENT, ReadModels.SOCIAL})
    @Operation(operationId = "getStory", summary = "One story; a draft only to its author")
    @GetMapping("/{id}")
    public StoryView get(@PathVariable String id, Principal principal) {
        return StoryView.of(visible.story(id, principal), preferences.nsfw(principal));
    }

    @Operation(operationId = "addChapter", summary = "Add the next chapter to a story (its author)")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "422", description = "Refused by a content filter (its name in `rule`)")
    @PostMapping("/{id}/chapters")
    public ResponseEntity<Created> addChapter(
            @PathVariable String id, @Valid @RequestBody ChapterRequest body, Principal principal) {
        ContentFormat format = body.format() == null
                ? ContentFormat.HTML
                : ContentFormat.parse(body.format())
                        .orElseThrow(() -> Problems.of(
                                HttpStatus.BAD_REQUEST, "unknown-format", "format is html or markdown", "format"));
        String chapterId = authoring.addChapter(
                id,
                UserId.of(principal.getName()),
                new StoryAuthoring.NewChapter(body.title(), body.content(), format, Boolean.TRUE.equals(body.nsfw())));
        return ResponseEntity.created(URI.create("/api/stories/" + id + "/chapters/" + chapterId))
                .body(new Created(chapterId));
    }

    @ReadsFrom({ReadModels.CONTENT, ReadModels.SOCIAL})
    @Operation(operationId = "listChapters", summary = "A story's chapters in order, without their content")
    @GetMapping("/{id}/chapters")
    public ChapterList chapters(@PathVariable String id, Principal principal) {
        StoryResponse story = visible.story(id, principal);
        NsfwPreference preference = preferences.nsfw(principal);
        boolean author = principal != null && story.authorId().equals(principal.getName());
        List<ChapterResponse> chapters = Queries.ask(
                queries, new ListChaptersQuery(id), ResponseTypes.multipleInstancesOf(ChapterResponse.class));
        // a reader who hides NSFW content is not shown the chapters marked so; their author always is
        return new ChapterList(chapters.stream()
                .filter(chapter -> author
                        || NsfwVisibility.apply(preference, chapter.nsfw()).visible())
                .map(chapter -> ChapterView.of(chapter, story, preference))
                .toList());
    }

    @ReadsFrom({ReadModels.CONTENT, ReadModels.SOCIAL})
    @Operation(operationId = "getChapter", summary = "One chapter with its content (sanitized HTML)")
    @GetMapping("/{id}/chapters/{chapterId}")
    public ChapterView chapter(@PathVariable String id, @PathVariable String chapterId, Principal principal) {
        StoryResponse story = visible.story(id, principal);
        return ChapterView.of(visible.chapter(id, chapterId, principal), story, preferences.nsfw(principal));
    }
}
