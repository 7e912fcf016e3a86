package org.muejam.command.testing;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.muejam.shared.content.ChapterResponse;
import org.muejam.shared.content.CommentResponse;
import org.muejam.shared.content.ContentIds;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.content.FindChapterQuery;
import org.muejam.shared.content.FindCommentQuery;
import org.muejam.shared.content.FindImageQuery;
import org.muejam.shared.content.FindStoryQuery;
import org.muejam.shared.content.FindWhisperQuery;
import org.muejam.shared.content.ImageModerationStatus;
import org.muejam.shared.content.ImageResponse;
import org.muejam.shared.content.StoryResponse;
import org.muejam.shared.content.StoryStatus;
import org.muejam.shared.content.WhisperResponse;
import org.muejam.shared.identity.FindUserAccountQuery;
import org.muejam.shared.identity.UserAccountResponse;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.moderation.ContentModeration;
import org.muejam.shared.reading.FindReadingListQuery;
import org.muejam.shared.reading.ReadingIds;
import org.muejam.shared.reading.ReadingListResponse;

/**
 * The content read models (stories, chapters, comments, whispers, images, reading lists) and the people known to the
 * users read model, answered from memory behind a real Axon query gateway, as the use cases ask them. Everything
 * stored is dated {@link #AT}.
 */
public final class InMemoryContent {

    public static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");

    public final Map<String, StoryResponse> stories = new HashMap<>();
    public final Map<String, ChapterResponse> chapters = new HashMap<>();
    public final Map<String, CommentResponse> comments = new HashMap<>();
    public final Map<String, WhisperResponse> whispers = new HashMap<>();
    public final Map<String, ImageResponse> images = new HashMap<>();
    public final Map<String, ReadingListResponse> lists = new HashMap<>();
    /** The ids of the people the users read model knows. */
    public final Set<String> people = new HashSet<>();

    private final QueryGateway gateway;

    public InMemoryContent() {
        SimpleQueryBus bus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(this).subscribe(bus);
        gateway = DefaultQueryGateway.builder().queryBus(bus).build();
    }

    public QueryGateway gateway() {
        return gateway;
    }

    /** A story by {@code author}, visible to all once published (no moderation, its author not shadowbanned). */
    public String story(UserId author, StoryStatus status) {
        return story(author, status, null, false);
    }

    public String story(UserId author, StoryStatus status, ContentModeration moderation, boolean authorShadowbanned) {
        String id = ContentIds.random(ContentIds.STORY);
        stories.put(
                id,
                new StoryResponse(
                        id,
                        author.value(),
                        "T",
                        "",
                        "drama",
                        List.of(),
                        null,
                        false,
                        status,
                        1,
                        1,
                        AT,
                        AT,
                        status == StoryStatus.DRAFT ? null : AT,
                        0,
                        null,
                        false,
                        moderation,
                        authorShadowbanned,
                        null));
        return id;
    }

    public String chapter(String storyId) {
        String id = ContentIds.random(ContentIds.CHAPTER);
        chapters.put(id, new ChapterResponse(id, storyId, 1, "One", "text", 1, AT, false));
        return id;
    }

    /** A comment by {@code author} on the story {@code storyId}. */
    public String comment(UserId author, String storyId) {
        return comment(author, storyId, null, false);
    }

    public String comment(UserId author, String storyId, ContentModeration moderation, boolean authorShadowbanned) {
        String id = ContentIds.random(ContentIds.COMMENT);
        comments.put(
                id,
                new CommentResponse(
                        id,
                        ContentType.STORY,
                        storyId,
                        null,
                        author.value(),
                        "x",
                        AT,
                        0,
                        moderation,
                        authorShadowbanned));
        return id;
    }

    public String whisper(UserId author) {
        return whisper(author, null, false);
    }

    public String whisper(UserId author, ContentModeration moderation, boolean authorShadowbanned) {
        String id = ContentIds.random(ContentIds.WHISPER);
        whispers.put(id, new WhisperResponse(id, author.value(), "hi", AT, 0, moderation, authorShadowbanned));
        return id;
    }

    /** An image {@code owner} uploaded, not NSFW and clear of moderation. */
    public String image(UserId owner) {
        String id = UUID.randomUUID().toString();
        images.put(id, new ImageResponse(id, owner.value(), List.of(), false, ImageModerationStatus.CLEAR));
        return id;
    }

    /** An empty private reading list of {@code owner}'s. */
    public String list(UserId owner) {
        String id = ReadingIds.randomList();
        lists.put(id, new ReadingListResponse(id, owner.value(), "L", "", false, AT, AT, List.of()));
        return id;
    }

    /** People the users read model knows (any other is not found). */
    public InMemoryContent people(UserId... ids) {
        for (UserId id : ids) {
            people.add(id.value());
        }
        return this;
    }

    @QueryHandler
    Optional<StoryResponse> handle(FindStoryQuery query) {
        return Optional.ofNullable(stories.get(query.storyId()));
    }

    /** As the chapters read model answers: the chapter, and with a story id only if it is that story's. */
    @QueryHandler
    Optional<ChapterResponse> handle(FindChapterQuery query) {
        return Optional.ofNullable(chapters.get(query.chapterId()))
                .filter(chapter -> query.storyId() == null || chapter.storyId().equals(query.storyId()));
    }

    @QueryHandler
    Optional<CommentResponse> handle(FindCommentQuery query) {
        return Optional.ofNullable(comments.get(query.commentId()));
    }

    @QueryHandler
    Optional<WhisperResponse> handle(FindWhisperQuery query) {
        return Optional.ofNullable(whispers.get(query.whisperId()));
    }

    @QueryHandler
    Optional<ImageResponse> handle(FindImageQuery query) {
        return Optional.ofNullable(images.get(query.imageId()));
    }

    @QueryHandler
    Optional<ReadingListResponse> handle(FindReadingListQuery query) {
        return Optional.ofNullable(lists.get(query.listId()));
    }

    @QueryHandler
    Optional<UserAccountResponse> handle(FindUserAccountQuery query) {
        return people.contains(query.userId())
                ? Optional.of(new UserAccountResponse(
                        query.userId(), "x@example.org", "Someone", List.of("USER"), false, null, null))
                : Optional.empty();
    }
}
