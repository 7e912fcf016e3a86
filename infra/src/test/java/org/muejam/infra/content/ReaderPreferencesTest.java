package org.muejam.infra.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.Test;
import org.muejam.shared.content.ContentPreferencesResponse;
import org.muejam.shared.content.FindContentPreferencesQuery;
import org.muejam.shared.content.NsfwPreference;
import org.muejam.shared.content.StoryResponse;
import org.muejam.shared.content.StoryStatus;

/** The reader's NSFW preference: asked of the preferences query, the default without one; and what it marks. */
class ReaderPreferencesTest {

    private static final Principal READER = () -> "reader-1";

    static final class Preferences {
        @QueryHandler
        ContentPreferencesResponse handle(FindContentPreferencesQuery query) {
            return new ContentPreferencesResponse(NsfwPreference.HIDE_NSFW);
        }
    }

    private static ReaderPreferences with(Object handler) {
        SimpleQueryBus bus = SimpleQueryBus.builder().build();
        if (handler != null) {
            new AnnotationQueryHandlerAdapter<>(handler).subscribe(bus);
        }
        return new ReaderPreferences(DefaultQueryGateway.builder().queryBus(bus).build());
    }

    @Test
    void aSignedInReaderHasTheirOwnChoice() {
        assertThat(with(new Preferences()).nsfw(READER)).isEqualTo(NsfwPreference.HIDE_NSFW);
    }

    @Test
    void anonymousReadersAndReadersWithoutAPreferencesFeatureHaveTheDefault() {
        assertThat(with(new Preferences()).nsfw(null)).isEqualTo(NsfwPreference.DEFAULT);
        assertThat(with(null).nsfw(READER)).isEqualTo(NsfwPreference.DEFAULT);
    }

    @Test
    void anNsfwStoryIsBlurredUnlessTheReaderShowsAll() {
        StoryResponse nsfw = new StoryResponse(
                "story:x",
                "a",
                "T",
                "",
                "drama",
                List.of(),
                null,
                true,
                StoryStatus.ONGOING,
                0,
                0,
                Instant.EPOCH,
                Instant.EPOCH,
                Instant.EPOCH,
                0,
                null,
                false,
                null,
                false,
                null);
        StoryResponse safe = new StoryResponse(
                "story:y",
                "a",
                "T",
                "",
                "drama",
                List.of(),
                null,
                false,
                StoryStatus.ONGOING,
                0,
                0,
                Instant.EPOCH,
                Instant.EPOCH,
                Instant.EPOCH,
                0,
                null,
                false,
                null,
                false,
                null);

        assertThat(StoryController.StoryView.of(nsfw, NsfwPreference.BLUR_NSFW).blurred())
                .isTrue();
        assertThat(StoryController.StoryView.of(nsfw, NsfwPreference.HIDE_NSFW).blurred())
                .isTrue();
        assertThat(StoryController.StoryView.of(nsfw, NsfwPreference.SHOW_ALL).blurred())
                .isFalse();
        assertThat(StoryController.StoryView.of(safe, NsfwPreference.BLUR_NSFW).blurred())
                .isFalse();
    }
}
