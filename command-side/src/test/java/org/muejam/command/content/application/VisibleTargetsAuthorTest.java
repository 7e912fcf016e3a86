package org.muejam.command.content.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.Test;
import org.muejam.shared.content.ChapterResponse;
import org.muejam.shared.content.ContentIds;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.content.FindChapterQuery;
import org.muejam.shared.content.FindStoryQuery;
import org.muejam.shared.content.FindWhisperQuery;
import org.muejam.shared.content.StoryResponse;
import org.muejam.shared.content.StoryStatus;
import org.muejam.shared.content.WhisperResponse;

/** Who wrote what people comment on: a story's author, a chapter's story's author, a whisper's author. */
class VisibleTargetsAuthorTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final Map<String, StoryResponse> stories = new HashMap<>();
    private final Map<String, ChapterResponse> chapters = new HashMap<>();
    private final Map<String, WhisperResponse> whispers = new HashMap<>();
    private final QueryGateway queries;

    VisibleTargetsAuthorTest() {
        SimpleQueryBus bus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(this).subscribe(bus);
        queries = DefaultQueryGateway.builder().queryBus(bus).build();
    }

    @QueryHandler
    Optional<StoryResponse> handle(FindStoryQuery query) {
        return Optional.ofNullable(stories.get(query.storyId()));
    }

    @QueryHandler
    Optional<ChapterResponse> handle(FindChapterQuery query) {
        return Optional.ofNullable(chapters.get(query.chapterId()));
    }

    @QueryHandler
    Optional<WhisperResponse> handle(FindWhisperQuery query) {
        return Optional.ofNullable(whispers.get(query.whisperId()));
    }

    @Test
    void theAuthorOfEachKindOfTargetIsFoundAndNoneForUnknownOrMalformedIds() {
        String story = ContentIds.random(ContentIds.STORY);
        stories.put(
                story,
                new StoryResponse(
                        story,
                        "author-1",
                        "T",
                        "",
                        "drama",
                        List.of(),
                        null,
                        false,
                        StoryStatus.ONGOING,
                        0,
                        0,
                        NOW,
                        NOW,
                        NOW,
                        0,
                        null,
                        false,
                        null,
                        false,
                        null));
        String chapter = ContentIds.random(ContentIds.CHAPTER);
        chapters.put(chapter, new ChapterResponse(chapter, story, 1, "One", null, 1, NOW, false));
        String orphan = ContentIds.random(ContentIds.CHAPTER);
        chapters.put(orphan, new ChapterResponse(orphan, "not-a-story-id", 1, "One", null, 1, NOW, false));
        String whisper = ContentIds.random(ContentIds.WHISPER);
        whispers.put(whisper, new WhisperResponse(whisper, "author-2", "hi", NOW, 0, null, false));

        assertThat(VisibleTargets.authorOf(queries, ContentType.STORY, story)).contains("author-1");
        assertThat(VisibleTargets.authorOf(queries, ContentType.CHAPTER, chapter))
                .contains("author-1");
        assertThat(VisibleTargets.authorOf(queries, ContentType.WHISPER, whisper))
                .contains("author-2");

        assertThat(VisibleTargets.authorOf(queries, ContentType.CHAPTER, orphan))
                .isEmpty();
        assertThat(VisibleTargets.authorOf(queries, ContentType.STORY, ContentIds.random(ContentIds.STORY)))
                .isEmpty();
        assertThat(VisibleTargets.authorOf(queries, ContentType.STORY, whisper)).isEmpty();
        assertThat(VisibleTargets.authorOf(queries, ContentType.CHAPTER, story)).isEmpty();
        assertThat(VisibleTargets.authorOf(queries, ContentType.WHISPER, story)).isEmpty();
        assertThat(VisibleTargets.authorOf(queries, ContentType.COMMENT, story)).isEmpty();
        assertThat(VisibleTargets.authorOf(queries, ContentType.READING_LIST, story))
                .isEmpty();
    }
}
