package org.muejam.command.content.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.muejam.command.testing.InMemoryContent;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.content.StoryStatus;
import org.muejam.shared.identity.UserId;

/** What people may react to: hidden content (here, by a shadowbanned author) is visible to its author alone. */
class VisibleTargetsTest {

    private static final UserId AUTHOR = UserId.of("author-1");
    private static final UserId READER = UserId.of("reader-2");

    private final InMemoryContent content = new InMemoryContent();
    private final QueryGateway queries = content.gateway();

    @Test
    void aHiddenWhisperOrCommentIsVisibleToItsAuthorAloneAndAShownOneToEveryone() {
        String story = content.story(AUTHOR, StoryStatus.ONGOING);
        String hiddenWhisper = content.whisper(AUTHOR, null, true);
        String hiddenComment = content.comment(AUTHOR, story, null, true);
        String whisper = content.whisper(AUTHOR);
        String comment = content.comment(AUTHOR, story);

        assertThat(VisibleTargets.visible(queries, ContentType.WHISPER, hiddenWhisper, AUTHOR))
                .isTrue();
        assertThat(VisibleTargets.visible(queries, ContentType.COMMENT, hiddenComment, AUTHOR))
                .isTrue();
        for (UserId viewer : new UserId[] {READER, null}) {
            assertThat(VisibleTargets.visible(queries, ContentType.WHISPER, hiddenWhisper, viewer))
                    .as("hidden whisper to %s", viewer)
                    .isFalse();
            assertThat(VisibleTargets.visible(queries, ContentType.COMMENT, hiddenComment, viewer))
                    .as("hidden comment to %s", viewer)
                    .isFalse();
            assertThat(VisibleTargets.visible(queries, ContentType.WHISPER, whisper, viewer))
                    .isTrue();
            assertThat(VisibleTargets.visible(queries, ContentType.COMMENT, comment, viewer))
                    .isTrue();
        }
    }

    @Test
    void aStoryByAShadowbannedAuthorIsVisibleToThatAuthorOnly() {
        String story = content.story(AUTHOR, StoryStatus.ONGOING, null, true);
        String chapter = content.chapter(story);

        assertThat(VisibleTargets.visible(queries, ContentType.STORY, story, AUTHOR))
                .isTrue();
        assertThat(VisibleTargets.visible(queries, ContentType.CHAPTER, chapter, AUTHOR))
                .isTrue();
        assertThat(VisibleTargets.visible(queries, ContentType.STORY, story, READER))
                .isFalse();
        assertThat(VisibleTargets.visible(queries, ContentType.CHAPTER, chapter, null))
                .isFalse();
    }
}
