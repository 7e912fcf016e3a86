package org.muejam.command.legal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.muejam.shared.legal.CookieConsentRecordedEvent;
import org.muejam.shared.legal.RecordCookieConsentCommand;

/** Specification of cookie consent: a history of choices in which essential cookies are always on. */
class CookieConsentTest {

    private static final Instant NOW = Instant.parse("2025-06-15T10:15:30Z");

    private FixtureConfiguration<CookieConsent> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CookieConsent.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @ParameterizedTest(name = "analytics={0}, marketing={1}")
    @CsvSource({"false, false", "true, false", "false, true", "true, true"})
    void firstChoiceOfAnAnonymousSessionIsRecordedWithEssentialCookiesAlwaysOn(boolean analytics, boolean marketing) {
        fixture.givenNoPriorActivity()
                .when(new RecordCookieConsentCommand("session:7c1d", analytics, marketing))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CookieConsentRecordedEvent("session:7c1d", true, analytics, marketing, NOW));
    }

    @Test
    void aLaterChoiceIsAppendedToTheHolderHistoryAtTheClockInstant() {
        fixture.given(new CookieConsentRecordedEvent("user:reader-1", true, true, true, NOW.minusSeconds(86_400)))
                .when(new RecordCookieConsentCommand("user:reader-1", false, false))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CookieConsentRecordedEvent("user:reader-1", true, false, false, NOW));
    }
}
