package org.muejam.command.gdpr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.hasEntry;
import static org.muejam.command.testing.Violations.violation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.shared.DomainRuleViolation.Kind;
import org.muejam.command.testing.InMemoryExportAllowance;
import org.muejam.shared.audit.AuditMetadata;
import org.muejam.shared.gdpr.CompleteDataExportCommand;
import org.muejam.shared.gdpr.DataExportExpiredEvent;
import org.muejam.shared.gdpr.DataExportReadyEvent;
import org.muejam.shared.gdpr.DataExportRequestedEvent;
import org.muejam.shared.gdpr.RequestDataExportCommand;
import org.muejam.shared.identity.UserId;

/** Specification of a data export: once per 24 hours, built once, and gone when its link runs out. */
class DataExportTest {

    private static final Instant NOW = Instant.parse("2026-07-01T08:00:00Z");
    private static final Instant EARLIER = NOW.minusSeconds(600);
    private static final String EXPORT = "export:0b7c6a2e-1111-4c3d-9e8f-0a1b2c3d4e5f";
    private static final String OTHER_EXPORT = "export:1c2d3e4f-2222-4a5b-8c7d-9e0f1a2b3c4d";
    private static final UserId PERSON = UserId.of("person-1");
    private static final String FILE = "exports/0b7c6a2e-1111-4c3d-9e8f-0a1b2c3d4e5f.json";
    private static final Duration WEEK = Duration.ofDays(7);

    private final InMemoryExportAllowance allowance = new InMemoryExportAllowance();
    private FixtureConfiguration<DataExport> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DataExport.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(allowance);
    }

    private static DataExportRequestedEvent requested() {
        return new DataExportRequestedEvent(EXPORT, PERSON.value(), EARLIER);
    }

    @Test
    void anExportIsRequestedAndTakesTheAllowance() {
        fixture.givenNoPriorActivity()
                .when(new RequestDataExportCommand(EXPORT, PERSON))
                .expectEvents(new DataExportRequestedEvent(EXPORT, PERSON.value(), NOW));
        assertThat(allowance.lastTaken(PERSON)).contains(NOW);
    }

    @Test
    void aSecondExportWithin24HoursIsRefusedNamingWhenTheNextMayBeAskedFor() {
        allowance.take(PERSON, NOW.minus(Duration.ofHours(23)), DataExportPolicy.INTERVAL);
        fixture.givenNoPriorActivity()
                .when(new RequestDataExportCommand(OTHER_EXPORT, PERSON))
                .expectNoEvents()
                .expectException(violation(Kind.CONFLICT, DataExportPolicy.RATE_LIMITED))
                .expectException(DomainRuleViolation.class);
        assertThat(allowance.lastTaken(PERSON)).contains(NOW.minus(Duration.ofHours(23)));
    }

    @Test
    void theRefusalCarriesTheInstantOfTheNextAllowedExport() {
        Instant next = NOW.plus(Duration.ofHours(1));
        assertThat(DataExportPolicy.rateLimited(next).properties()).containsEntry("nextExportAt", next.toString());
        assertThat(DataExportPolicy.rateLimited(next).kind()).isEqualTo(Kind.CONFLICT);
    }

    @Test
    void exactly24HoursLaterAnotherExportMayBeAskedFor() {
        allowance.take(PERSON, NOW.minus(DataExportPolicy.INTERVAL), DataExportPolicy.INTERVAL);
        fixture.givenNoPriorActivity()
                .when(new RequestDataExportCommand(OTHER_EXPORT, PERSON))
                .expectEvents(new DataExportRequestedEvent(OTHER_EXPORT, PERSON.value(), NOW));
    }

    @Test
    void anExportIdMustBeWellFormed() {
        fixture.givenNoPriorActivity()
                .when(new RequestDataExportCommand("export:not-a-uuid", PERSON))
                .expectNoEvents()
                .expectException(violation(Kind.INVALID, "invalid-export-id"));
        assertThat(allowance.lastTaken(PERSON)).isEmpty();
    }

    @Test
    void anExportNamesItsPerson() {
        fixture.givenNoPriorActivity()
                .when(new RequestDataExportCommand(EXPORT, null))
                .expectNoEvents()
                .expectException(violation(Kind.INVALID, "requester-required"));
    }

    @Test
    void aBuiltExportIsReadyForSevenDaysAndItsEndIsADeadline() {
        fixture.given(requested())
                .when(new CompleteDataExportCommand(EXPORT, FILE, 1234, WEEK))
                .expectEvents(new DataExportReadyEvent(EXPORT, PERSON.value(), FILE, 1234, NOW, NOW.plus(WEEK)))
                .expectScheduledDeadline(NOW.plus(WEEK), new DataExportExpires(EXPORT, NOW.plus(WEEK)));
    }

    @Test
    void anExportBuiltTwiceKeepsItsFirstFile() {
        fixture.given(requested(), new DataExportReadyEvent(EXPORT, PERSON.value(), FILE, 1, EARLIER, NOW))
                .when(new CompleteDataExportCommand(EXPORT, "exports/other.json", 2, WEEK))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void aLinkIsValidForMoreThanNothingAndAtMostSevenDays() {
        for (Duration wrong : new Duration[] {null, Duration.ZERO, Duration.ofSeconds(-1), WEEK.plusSeconds(1)}) {
            fixture.given(requested())
                    .when(new CompleteDataExportCommand(EXPORT, FILE, 1, wrong))
                    .expectNoEvents()
                    .expectException(violation(Kind.INVALID, "invalid-export-validity"));
        }
        assertThat(DataExportPolicy.requireValidity(WEEK)).isEqualTo(WEEK);
        assertThat(DataExportPolicy.requireValidity(Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(1));
        assertThatThrownBy(() -> DataExportPolicy.requireValidity(Duration.ZERO))
                .isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void aReadyExportNamesItsFileAndAKnownSize() {
        fixture.given(requested())
                .when(new CompleteDataExportCommand(EXPORT, " ", 1, WEEK))
                .expectNoEvents()
                .expectException(violation(Kind.INVALID, "file-key-required"));
        fixture.given(requested())
                .when(new CompleteDataExportCommand(EXPORT, null, 1, WEEK))
                .expectException(violation(Kind.INVALID, "file-key-required"));
        fixture.given(requested())
                .when(new CompleteDataExportCommand(EXPORT, FILE, -1, WEEK))
                .expectException(violation(Kind.INVALID, "invalid-export-size"));
        fixture.given(requested())
                .when(new CompleteDataExportCommand(EXPORT, FILE, 0, WEEK))
                .expectEvents(new DataExportReadyEvent(EXPORT, PERSON.value(), FILE, 0, NOW, NOW.plus(WEEK)));
    }

    @Test
    void whenTheLinkRunsOutTheExportExpires() {
        fixture.given(requested())
                .andGivenCommands(new CompleteDataExportCommand(EXPORT, FILE, 10, WEEK))
                .whenThenTimeElapses(WEEK.plusSeconds(1))
                .expectDeadlinesMet(new DataExportExpires(EXPORT, NOW.plus(WEEK)))
                .expectEvents(new DataExportExpiredEvent(EXPORT, PERSON.value(), FILE, NOW));
    }

    @Test
    void theSystemBuildsAnExportForItsPersonInTheAuditTrail() {
        fixture.given(requested())
                .when(new CompleteDataExportCommand(EXPORT, FILE, 10, WEEK))
                .expectEventsMatching(exactSequenceOf(bySystemFor(PERSON), andNoMore()));
    }

    @Test
    void theSystemExpiresAnExportForItsPersonInTheAuditTrail() {
        fixture.given(requested())
                .andGivenCommands(new CompleteDataExportCommand(EXPORT, FILE, 10, WEEK))
                .whenThenTimeElapses(WEEK.plusSeconds(1))
                .expectEventsMatching(exactSequenceOf(bySystemFor(PERSON), andNoMore()));
    }

    private static Matcher<EventMessage<?>> bySystemFor(UserId person) {
        return new FeatureMatcher<EventMessage<?>, Map<String, Object>>(
                allOf(
                        hasEntry(AuditMetadata.ACTOR_TYPE, (Object) "system"),
                        hasEntry(AuditMetadata.ACTOR_ID, (Object) "system"),
                        hasEntry(AuditMetadata.SUBJECT_ID, (Object) person.value())),
                "an event whose metadata",
                "metadata") {
            @Override
            protected Map<String, Object> featureValueOf(EventMessage<?> event) {
                return event.getMetaData();
            }
        };
    }

    @Test
    void aDeadlineForAnotherEndChangesNothing() {
        fixture.given(requested(), new DataExportReadyEvent(EXPORT, PERSON.value(), FILE, 1, EARLIER, NOW))
                .whenTimeElapses(Duration.ofSeconds(1))
                .expectNoEvents();
    }
}
