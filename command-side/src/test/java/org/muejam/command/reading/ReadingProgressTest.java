package org.muejam.command.reading;

import static org.muejam.command.testing.Violations.violation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muejam.command.shared.DomainRuleViolation.Kind;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.reading.ReadingPosition;
import org.muejam.shared.reading.ReadingProgressRecordedEvent;
import org.muejam.shared.reading.RecordReadingProgressCommand;

/** Specification of a reader's progress in a story: every move an event, the same place again none. */
class ReadingProgressTest {

    private static final Instant NOW = Instant.parse("2026-07-01T08:00:00Z");
    private static final Instant EARLIER = NOW.minusSeconds(600);
    private static final UserId READER = UserId.of("reader-1");
    private static final String STORY = "story:1c2d3e4f-2222-4a5b-8c7d-9e0f1a2b3c4d";
    private static final String CHAPTER_1 = "chapter:2d3e4f5a-3333-4b6c-9d8e-0f1a2b3c4d5e";
    private static final String CHAPTER_2 = "chapter:3e4f5a6b-4444-4c7d-8e9f-1a2b3c4d5e6f";

    private FixtureConfiguration<ReadingProgress> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ReadingProgress.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static BigDecimal percent(String value) {
        return new BigDecimal(value);
    }

    @Test
    void theFirstPositionIsRecordedWithTwoDecimalsAndAnswered() {
        fixture.givenNoPriorActivity()
                .when(new RecordReadingProgressCommand(READER, STORY, CHAPTER_1, percent("33.3333")))
                .expectEvents(new ReadingProgressRecordedEvent(READER, STORY, CHAPTER_1, percent("33.33"), NOW))
                .expectResultMessagePayload(new ReadingPosition(STORY, CHAPTER_1, percent("33.33"), NOW));
    }

    @Test
    void theSamePlaceAgainStoresNothingAndAnswersTheKeptPosition() {
        fixture.given(new ReadingProgressRecordedEvent(READER, STORY, CHAPTER_1, percent("50.00"), EARLIER))
                .when(new RecordReadingProgressCommand(READER, STORY, CHAPTER_1, percent("50")))
                .expectNoEvents()
                .expectResultMessagePayload(new ReadingPosition(STORY, CHAPTER_1, percent("50.00"), EARLIER));
        fixture.given(new ReadingProgressRecordedEvent(READER, STORY, CHAPTER_1, percent("50.00"), EARLIER))
                .when(new RecordReadingProgressCommand(READER, STORY, CHAPTER_1, percent("50.004")))
                .expectNoEvents();
    }

    @Test
    void anotherPercentOrAnotherChapterIsANewPosition() {
        fixture.given(new ReadingProgressRecordedEvent(READER, STORY, CHAPTER_1, percent("50.00"), EARLIER))
                .when(new RecordReadingProgressCommand(READER, STORY, CHAPTER_1, percent("50.01")))
                .expectEvents(new ReadingProgressRecordedEvent(READER, STORY, CHAPTER_1, percent("50.01"), NOW));
        fixture.given(new ReadingProgressRecordedEvent(READER, STORY, CHAPTER_1, percent("50.00"), EARLIER))
                .when(new RecordReadingProgressCommand(READER, STORY, CHAPTER_2, percent("50")))
                .expectEvents(new ReadingProgressRecordedEvent(READER, STORY, CHAPTER_2, percent("50.00"), NOW))
                .expectResultMessagePayload(new ReadingPosition(STORY, CHAPTER_2, percent("50.00"), NOW));
    }

    @Test
    void percentsOutsideZeroToHundredAndMalformedIdsAreRefused() {
        fixture.givenNoPriorActivity()
                .when(new RecordReadingProgressCommand(READER, STORY, CHAPTER_1, percent("100.01")))
                .expectException(violation(Kind.INVALID, "invalid-percent"));
        fixture.givenNoPriorActivity()
                .when(new RecordReadingProgressCommand(READER, STORY, CHAPTER_1, percent("-0.01")))
                .expectException(violation(Kind.INVALID, "invalid-percent"));
        fixture.givenNoPriorActivity()
                .when(new RecordReadingProgressCommand(READER, STORY, CHAPTER_1, null))
                .expectException(violation(Kind.INVALID, "invalid-percent"));
        fixture.givenNoPriorActivity()
                .when(new RecordReadingProgressCommand(READER, STORY, STORY, percent("1")))
                .expectException(violation(Kind.INVALID, "invalid-chapter-id"));
    }

    @Test
    void aMalformedStoryIdIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RecordReadingProgressCommand(READER, "story:x", CHAPTER_1, percent("1")))
                .expectException(violation(Kind.INVALID, "invalid-story-id"));
    }

    @Test
    void theBoundsThemselvesAreAccepted() {
        fixture.givenNoPriorActivity()
                .when(new RecordReadingProgressCommand(READER, STORY, CHAPTER_1, percent("0")))
                .expectEvents(new ReadingProgressRecordedEvent(READER, STORY, CHAPTER_1, percent("0.00"), NOW));
        fixture.givenNoPriorActivity()
                .when(new RecordReadingProgressCommand(READER, STORY, CHAPTER_1, percent("100")))
                .expectEvents(new ReadingProgressRecordedEvent(READER, STORY, CHAPTER_1, percent("100.00"), NOW));
    }
}
