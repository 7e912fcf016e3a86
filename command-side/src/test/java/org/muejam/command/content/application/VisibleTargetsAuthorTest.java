package org.muejam.command.content.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.muejam.command.testing.InMemoryContent;
import org.muejam.shared.content.ContentIds;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.content.StoryStatus;
import org.muejam.shared.identity.UserId;

/** Who wrote what people comment on: a story's author, a chapter's story's author, a whisper's author. */
class VisibleTargetsAuthorTest {

    private final InMemoryContent content = new InMemoryContent();
    private final QueryGateway queries = content.gateway();

    @Test
    void theAuthorOfEachKindOfTargetIsFoundAndNoneForUnknownOrMalformedIds() {
        String story = content.story(UserId.of("author-1"), StoryStatus.ONGOING);
        String chapter = content.chapter(story);
        String orphan = content.chapter("not-a-story-id");
        String whisper = content.whisper(UserId.of("author-2"));

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
