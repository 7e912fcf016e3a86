package org.muejam.command.content.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.Test;
import org.muejam.command.testing.MovableClock;
import org.muejam.shared.content.filters.ContentFilterSettings;
import org.muejam.shared.content.filters.ContentFilterSettingsResponse;
import org.muejam.shared.content.filters.FindContentFilterSettingsQuery;

/** The filter configuration is asked at most once per five seconds, and a read model that fails keeps the last. */
class FilterSettingsCacheTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T12:00:00Z"));
    private final ReadModel readModel = new ReadModel();
    private final FilterSettingsCache cache = new FilterSettingsCache(readModel.gateway(), clock);

    static final class ReadModel {
        ContentFilterSettings settings = configured("first");
        boolean failing;
        int asked;
        private final SimpleQueryBus bus = SimpleQueryBus.builder().build();

        ReadModel() {
            new AnnotationQueryHandlerAdapter<>(this).subscribe(bus);
        }

        DefaultQueryGateway gateway() {
            return DefaultQueryGateway.builder().queryBus(bus).build();
        }

        @QueryHandler
        ContentFilterSettingsResponse handle(FindContentFilterSettingsQuery query) {
            asked++;
            if (failing) {
                throw new IllegalStateException("read model down");
            }
            return new ContentFilterSettingsResponse(settings, false, Instant.EPOCH);
        }
    }

    private static ContentFilterSettings configured(String word) {
        ContentFilterSettings d = ContentFilterSettings.defaults();
        return new ContentFilterSettings(
                d.sensitivity(),
                List.of(word),
                d.hateSpeechTerms(),
                d.spamPhrases(),
                d.blockedDomains(),
                d.allowedDomains(),
                d.allowedWords(),
                d.piiAllowList());
    }

    @Test
    void theAnswerIsKeptForFiveSecondsExactly() {
        assertThat(cache.current()).isEqualTo(configured("first"));
        readModel.settings = configured("second");
        clock.advance(FilterSettingsCache.TIME_TO_LIVE.minusMillis(1));
        assertThat(cache.current()).isEqualTo(configured("first"));
        assertThat(readModel.asked).isEqualTo(1);
        clock.advance(Duration.ofMillis(1));
        assertThat(cache.current()).isEqualTo(configured("second"));
        assertThat(readModel.asked).isEqualTo(2);
    }

    @Test
    void invalidatingReadsTheConfigurationAfresh() {
        cache.current();
        readModel.settings = configured("second");
        cache.invalidate();
        assertThat(cache.current()).isEqualTo(configured("second"));
    }

    @Test
    void withoutAnyAnswerTheBuiltInDefaultsAreUsed() {
        readModel.failing = true;
        assertThat(cache.current()).isEqualTo(ContentFilterSettings.defaults());
        readModel.failing = false;
        assertThat(cache.current()).isEqualTo(ContentFilterSettings.defaults());
        assertThat(readModel.asked).isEqualTo(1);
    }

    @Test
    void aFailingReadModelKeepsTheLastAnswerAndIsNotAskedAgainForFiveSeconds() {
        cache.current();
        readModel.failing = true;
        clock.advance(FilterSettingsCache.TIME_TO_LIVE);
        assertThat(cache.current()).isEqualTo(configured("first"));
        assertThat(readModel.asked).isEqualTo(2);
        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.current()).isEqualTo(configured("first"));
        assertThat(readModel.asked).isEqualTo(2);
        readModel.failing = false;
        readModel.settings = configured("second");
        clock.advance(FilterSettingsCache.TIME_TO_LIVE);
        assertThat(cache.current()).isEqualTo(configured("second"));
    }
}
