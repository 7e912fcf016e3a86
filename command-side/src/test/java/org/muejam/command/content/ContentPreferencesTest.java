package org.muejam.command.content;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muejam.shared.content.ChangeContentPreferencesCommand;
import org.muejam.shared.content.ContentPreferencesChangedEvent;
import org.muejam.shared.content.NsfwPreference;
import org.muejam.shared.identity.UserId;

/** Specification of a reader's content preferences: every change an event, a repeated choice none. */
class ContentPreferencesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final UserId READER = UserId.of("reader-1");

    private FixtureConfiguration<ContentPreferences> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ContentPreferences.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void theFirstChoiceIsRecordedEvenWhenItIsTheDefault() {
        fixture.givenNoPriorActivity()
                .when(new ChangeContentPreferencesCommand(READER, NsfwPreference.DEFAULT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ContentPreferencesChangedEvent(READER, NsfwPreference.DEFAULT, NOW));
    }

    @Test
    void aChangedChoiceIsRecordedAtTheClockInstant() {
        fixture.given(new ContentPreferencesChangedEvent(READER, NsfwPreference.BLUR_NSFW, NOW.minusSeconds(60)))
                .when(new ChangeContentPreferencesCommand(READER, NsfwPreference.HIDE_NSFW))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ContentPreferencesChangedEvent(READER, NsfwPreference.HIDE_NSFW, NOW));
    }

    @Test
    void choosingTheCurrentPreferenceAgainStoresNothing() {
        fixture.given(new ContentPreferencesChangedEvent(READER, NsfwPreference.SHOW_ALL, NOW.minusSeconds(60)))
                .when(new ChangeContentPreferencesCommand(READER, NsfwPreference.SHOW_ALL))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
