package org.muejam.command.legal;

import static org.muejam.command.testing.Violations.conflict;
import static org.muejam.shared.legal.DocumentType.PRIVACY_POLICY;
import static org.muejam.shared.legal.DocumentType.TERMS_OF_SERVICE;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muejam.shared.legal.LegalDocumentPublishedEvent;
import org.muejam.shared.legal.PublishLegalDocumentCommand;

/** Specification of a legal document series: versions are published once and never edited. */
class LegalDocumentSeriesTest {

    private static final Instant NOW = Instant.parse("2025-06-15T10:15:30Z");
    private static final LocalDate EFFECTIVE = LocalDate.of(2025, 7, 1);

    private FixtureConfiguration<LegalDocumentSeries> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(LegalDocumentSeries.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static LegalDocumentPublishedEvent published(String version, String content, Instant at) {
        return new LegalDocumentPublishedEvent(TERMS_OF_SERVICE, version, content, LocalDate.of(2025, 1, 1), at);
    }

    @Test
    void firstPublicationOfADocumentTypeStartsItsSeries() {
        fixture.givenNoPriorActivity()
                .when(new PublishLegalDocumentCommand(TERMS_OF_SERVICE, "2025-07", "# Terms\nBe kind.", EFFECTIVE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new LegalDocumentPublishedEvent(
                        TERMS_OF_SERVICE, "2025-07", "# Terms\nBe kind.", EFFECTIVE, NOW));
    }

    @Test
    void publishingAnAlreadyPublishedVersionAgainIsRefusedAsAConflict() {
        fixture.given(published("2025-07", "# Terms\nBe kind.", NOW.minusSeconds(3600)))
                .when(new PublishLegalDocumentCommand(TERMS_OF_SERVICE, "2025-07", "# Terms\nBe kind.", EFFECTIVE))
                .expectNoEvents()
                .expectException(conflict("legal-document-version-exists"));
    }

    @Test
    void aPublishedVersionCannotBeRewrittenWithDifferentContent() {
        fixture.given(published("2025-07", "# Terms\nBe kind.", NOW.minusSeconds(3600)))
                .when(new PublishLegalDocumentCommand(TERMS_OF_SERVICE, "2025-07", "# Terms\nBe unkind.", EFFECTIVE))
                .expectNoEvents()
                .expectException(conflict("legal-document-version-exists"));
    }

    @Test
    void anOlderVersionOfTheSeriesCannotBeRepublishedAfterItWasSuperseded() {
        fixture.given(
                        published("2024-01", "# Terms v1", NOW.minusSeconds(7200)),
                        published("2025-07", "# Terms v2", NOW.minusSeconds(3600)))
                .when(new PublishLegalDocumentCommand(TERMS_OF_SERVICE, "2024-01", "# Terms v1", EFFECTIVE))
                .expectNoEvents()
                .expectException(conflict("legal-document-version-exists"));
    }

    @Test
    void aNewVersionIsAddedToAnExistingSeriesAtTheClockInstant() {
        fixture.given(published("2025-01", "# Terms v1", NOW.minusSeconds(3600)))
                .when(new PublishLegalDocumentCommand(TERMS_OF_SERVICE, "2025-07", "# Terms v2", EFFECTIVE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(
                        new LegalDocumentPublishedEvent(TERMS_OF_SERVICE, "2025-07", "# Terms v2", EFFECTIVE, NOW));
    }

    @Test
    void eachDocumentTypeIsItsOwnSeries() {
        fixture.givenNoPriorActivity()
                .when(new PublishLegalDocumentCommand(PRIVACY_POLICY, "2025-07", "# Privacy", EFFECTIVE))
                .expectEvents(new LegalDocumentPublishedEvent(PRIVACY_POLICY, "2025-07", "# Privacy", EFFECTIVE, NOW));
    }
}
