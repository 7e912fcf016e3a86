package org.muejam.command.operations;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.operations.DeadLetterEvictedEvent;
import org.muejam.shared.operations.EvictDeadLetterCommand;

/** Specification of a projection's operations log: every eviction of parked events names who, what and why. */
class ProjectionTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:30:00Z");
    private static final UserId ADMIN = UserId.of("5f0c2a8e-0d7e-4a55-9a43-1f1b0f6f3c11");

    private FixtureConfiguration<Projection> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Projection.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void anEvictionIsRecordedWithWhoEvictedWhichEventsAndWhy() {
        fixture.givenNoPriorActivity()
                .when(new EvictDeadLetterCommand(
                        "projection:users",
                        "user-7",
                        List.of("event-1", "event-2"),
                        ADMIN,
                        "  corrupt display name, account re-created by support  "))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DeadLetterEvictedEvent(
                        "projection:users",
                        "users",
                        "user-7",
                        List.of("event-1", "event-2"),
                        ADMIN,
                        "corrupt display name, account re-created by support",
                        NOW));
    }

    @Test
    void laterEvictionsAreAppendedToTheSameProjectionLog() {
        fixture.given(new DeadLetterEvictedEvent(
                        "projection:users",
                        "users",
                        "user-7",
                        List.of("event-1"),
                        ADMIN,
                        "first",
                        NOW.minusSeconds(3600)))
                .when(new EvictDeadLetterCommand("projection:users", "user-8", List.of("event-9"), ADMIN, "second"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DeadLetterEvictedEvent(
                        "projection:users", "users", "user-8", List.of("event-9"), ADMIN, "second", NOW));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void anEvictionWithoutAReasonIsRefused(String reason) {
        fixture.givenNoPriorActivity()
                .when(new EvictDeadLetterCommand("projection:users", "user-7", List.of("event-1"), ADMIN, reason))
                .expectNoEvents()
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("reason"));
    }

    @Test
    void anOverlongReasonIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new EvictDeadLetterCommand(
                        "projection:users", "user-7", List.of("event-1"), ADMIN, "x".repeat(Projection.MAX_REASON + 1)))
                .expectNoEvents()
                .expectException(DomainRuleViolation.class);
    }

    @Test
    void anEvictionMustNameTheEventsItGivesUp() {
        fixture.givenNoPriorActivity()
                .when(new EvictDeadLetterCommand("projection:users", "user-7", List.of(), ADMIN, "nothing"))
                .expectNoEvents()
                .expectException(DomainRuleViolation.class);
    }
}
