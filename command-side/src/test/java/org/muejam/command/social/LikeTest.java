package org.muejam.command.social;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.social.ContentLikedEvent;
import org.muejam.shared.social.ContentUnlikedEvent;
import org.muejam.shared.social.LikeContentCommand;
import org.muejam.shared.social.UnlikeContentCommand;

/** Specification of a like: one event per change of mind, none for repeating it. */
class LikeTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant EARLIER = NOW.minusSeconds(60);
    private static final UserId READER = UserId.of("reader-1");
    private static final String STORY = "story:0b6c5d1e-0000-4000-8000-000000000001";

    private FixtureConfiguration<Like> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Like.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aFirstLikeIsRecordedAtTheClockInstant() {
        fixture.givenNoPriorActivity()
                .when(new LikeContentCommand(READER, ContentType.STORY, STORY))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ContentLikedEvent(READER, ContentType.STORY, STORY, NOW));
    }

    @Test
    void likingAgainStoresNothing() {
        fixture.given(new ContentLikedEvent(READER, ContentType.STORY, STORY, EARLIER))
                .when(new LikeContentCommand(READER, ContentType.STORY, STORY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void unlikingWhatIsLikedIsRecorded() {
        fixture.given(new ContentLikedEvent(READER, ContentType.STORY, STORY, EARLIER))
                .when(new UnlikeContentCommand(READER, ContentType.STORY, STORY))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ContentUnlikedEvent(READER, ContentType.STORY, STORY, NOW));
    }

    @Test
    void unlikingWhatWasNeverLikedStoresNothing() {
        fixture.givenNoPriorActivity()
                .when(new UnlikeContentCommand(READER, ContentType.STORY, STORY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void unlikingTwiceStoresNothingTheSecondTime() {
        fixture.given(
                        new ContentLikedEvent(READER, ContentType.STORY, STORY, EARLIER),
                        new ContentUnlikedEvent(READER, ContentType.STORY, STORY, EARLIER))
                .when(new UnlikeContentCommand(READER, ContentType.STORY, STORY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void likingAgainAfterUnlikingIsRecorded() {
        fixture.given(
                        new ContentLikedEvent(READER, ContentType.STORY, STORY, EARLIER),
                        new ContentUnlikedEvent(READER, ContentType.STORY, STORY, EARLIER))
                .when(new LikeContentCommand(READER, ContentType.STORY, STORY))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ContentLikedEvent(READER, ContentType.STORY, STORY, NOW));
    }
}
