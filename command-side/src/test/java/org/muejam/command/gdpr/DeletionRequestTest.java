package org.muejam.command.gdpr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.testing.InMemoryPendingDeletions;
import org.muejam.shared.gdpr.AccountDeletionCancelledEvent;
import org.muejam.shared.gdpr.AccountDeletionCompletedEvent;
import org.muejam.shared.gdpr.AccountDeletionDueEvent;
import org.muejam.shared.gdpr.AccountDeletionRequestedEvent;
import org.muejam.shared.gdpr.CancelAccountDeletionCommand;
import org.muejam.shared.gdpr.CompleteAccountDeletionCommand;
import org.muejam.shared.gdpr.ErasedData;
import org.muejam.shared.gdpr.RequestAccountDeletionCommand;
import org.muejam.shared.identity.UserId;

/** Specification of a deletion request: the grace as a deadline, cancelling within it, and completing it. */
class DeletionRequestTest {

    private static final Instant NOW = Instant.parse("2026-07-01T09:00:00Z");
    private static final Duration GRACE = Duration.ofDays(30);
    private static final Instant DUE = NOW.plus(GRACE);
    private static final String REQUEST = "deletion:00000000-0000-4000-8000-000000000001";
    private static final String OTHER_REQUEST = "deletion:00000000-0000-4000-8000-000000000002";
    private static final UserId USER = UserId.of("user-1");
    private static final UserId STRANGER = UserId.of("user-2");

    private FixtureConfiguration<DeletionRequest> fixture;
    private InMemoryPendingDeletions pending;

    @BeforeEach
    void setUp() {
        pending = new InMemoryPendingDeletions();
        fixture = new AggregateTestFixture<>(DeletionRequest.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(new DeletionGrace(GRACE));
        fixture.registerInjectableResource(pending);
        fixture.givenCurrentTime(NOW);
    }

    private static AccountDeletionRequestedEvent requested() {
        return new AccountDeletionRequestedEvent(REQUEST, USER, NOW, DUE);
    }

    @Test
    void aRequestIsErasedAtTheEndOfTheGraceAndSchedulesThatDeadline() {
        fixture.givenNoPriorActivity()
                .when(new RequestAccountDeletionCommand(REQUEST, USER))
                .expectEvents(requested())
                .expectScheduledDeadline(DUE, new DeletionDue(REQUEST, DUE))
                .expectScheduledDeadlineWithName(DUE, DeletionDue.NAME);
        assertThat(pending.pending()).containsEntry(USER, REQUEST);
    }

    @Test
    void aSecondRequestWhileOneIsPendingIsRefusedNamingThePendingOne() {
        pending.alreadyPending(USER, OTHER_REQUEST);
        fixture.givenNoPriorActivity()
                .when(new RequestAccountDeletionCommand(REQUEST, USER))
                .expectNoEvents()
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage("a deletion request of this account is pending");
    }

    @Test
    void aRequestNeedsAWellFormedIdAndAnAccount() {
        for (String id : new String[] {null, "", "deletion:", "deletion:not-a-uuid", "key:" + REQUEST.substring(9)}) {
            fixture.givenNoPriorActivity()
                    .when(new RequestAccountDeletionCommand(id, USER))
                    .expectNoEvents()
                    .expectException(DomainRuleViolation.class);
        }
        fixture.givenNoPriorActivity()
                .when(new RequestAccountDeletionCommand(REQUEST, null))
                .expectNoEvents()
                .expectException(DomainRuleViolation.class);
        assertThat(pending.pending()).isEmpty();
    }

    @Test
    void theOwnerCancelsWithinTheGraceAndTheDeadlineGoes() {
        fixture.givenCommands(new RequestAccountDeletionCommand(REQUEST, USER))
                .when(new CancelAccountDeletionCommand(REQUEST, USER))
                .expectEvents(new AccountDeletionCancelledEvent(REQUEST, USER, NOW))
                .expectNoScheduledDeadlines();
        assertThat(pending.pending()).isEmpty();
    }

    @Test
    void cancellingAgainStoresNothing() {
        fixture.given(requested(), new AccountDeletionCancelledEvent(REQUEST, USER, NOW))
                .when(new CancelAccountDeletionCommand(REQUEST, USER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anotherPersonCannotCancelAndDoesNotLearnTheRequestExists() {
        fixture.given(requested())
                .when(new CancelAccountDeletionCommand(REQUEST, STRANGER))
                .expectNoEvents()
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage("no such deletion request");
        fixture.given(requested())
                .when(new CancelAccountDeletionCommand(REQUEST, null))
                .expectNoEvents()
                .expectException(DomainRuleViolation.class);
    }

    @Test
    void atTheLastInstantOfTheGraceItIsTooLateToCancel() {
        FixtureConfiguration<DeletionRequest> late = new AggregateTestFixture<>(DeletionRequest.class);
        late.registerInjectableResource(Clock.fixed(DUE, ZoneOffset.UTC));
        late.registerInjectableResource(new DeletionGrace(GRACE));
        late.registerInjectableResource(pending);
        late.given(requested())
                .when(new CancelAccountDeletionCommand(REQUEST, USER))
                .expectNoEvents()
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage(
                        "the grace period of this deletion request is over: the account is being or was erased");

        FixtureConfiguration<DeletionRequest> justInTime = new AggregateTestFixture<>(DeletionRequest.class);
        justInTime.registerInjectableResource(Clock.fixed(DUE.minusMillis(1), ZoneOffset.UTC));
        justInTime.registerInjectableResource(new DeletionGrace(GRACE));
        justInTime.registerInjectableResource(pending);
        justInTime
                .given(requested())
                .when(new CancelAccountDeletionCommand(REQUEST, USER))
                .expectEvents(new AccountDeletionCancelledEvent(REQUEST, USER, DUE.minusMillis(1)));
    }

    @Test
    void aDueRequestCannotBeCancelled() {
        fixture.given(requested(), new AccountDeletionDueEvent(REQUEST, USER, NOW))
                .when(new CancelAccountDeletionCommand(REQUEST, USER))
                .expectNoEvents()
                .expectException(DomainRuleViolation.class);
    }

    @Test
    void whenTheGraceEndsTheErasureIsDue() {
        fixture.givenCommands(new RequestAccountDeletionCommand(REQUEST, USER))
                .whenThenTimeElapses(GRACE)
                .expectDeadlinesMetMatching(org.axonframework.test.matchers.Matchers.listWithAnyOf(
                        org.axonframework.test.matchers.Matchers.messageWithPayload(
                                org.hamcrest.CoreMatchers.equalTo(new DeletionDue(REQUEST, DUE)))))
                .expectEvents(new AccountDeletionDueEvent(REQUEST, USER, NOW));
    }

    @Test
    void aCancelledRequestsDeadlineChangesNothing() {
        fixture.givenCommands(
                        new RequestAccountDeletionCommand(REQUEST, USER),
                        new CancelAccountDeletionCommand(REQUEST, USER))
                .whenThenTimeElapses(GRACE)
                .expectNoEvents();
        fixture.given(requested(), new AccountDeletionDueEvent(REQUEST, USER, NOW))
                .whenThenTimeElapses(GRACE)
                .expectNoEvents();
    }

    @Test
    void aDueRequestIsCompletedWithItsReceiptOnceAndReleasesTheAccount() {
        pending.alreadyPending(USER, REQUEST);
        fixture.given(requested(), new AccountDeletionDueEvent(REQUEST, USER, DUE))
                .when(new CompleteAccountDeletionCommand(
                        REQUEST,
                        List.of(ErasedData.PROFILE, "not-a-category", ErasedData.PROFILE, ErasedData.ENCRYPTION_KEY)))
                .expectEvents(new AccountDeletionCompletedEvent(
                        REQUEST, USER, List.of(ErasedData.PROFILE, ErasedData.ENCRYPTION_KEY), NOW));
        assertThat(pending.pending()).isEmpty();

        fixture.given(
                        requested(),
                        new AccountDeletionDueEvent(REQUEST, USER, DUE),
                        new AccountDeletionCompletedEvent(REQUEST, USER, List.of(), DUE))
                .when(new CompleteAccountDeletionCommand(REQUEST, List.of(ErasedData.PROFILE)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(requested(), new AccountDeletionDueEvent(REQUEST, USER, DUE))
                .when(new CompleteAccountDeletionCommand(REQUEST, null))
                .expectEvents(new AccountDeletionCompletedEvent(REQUEST, USER, List.of(), NOW));
    }

    @Test
    void aRequestNotDueCannotBeCompleted() {
        fixture.given(requested())
                .when(new CompleteAccountDeletionCommand(REQUEST, List.of(ErasedData.PROFILE)))
                .expectNoEvents()
                .expectException(DomainRuleViolation.class);
        fixture.given(requested(), new AccountDeletionCancelledEvent(REQUEST, USER, NOW))
                .when(new CompleteAccountDeletionCommand(REQUEST, List.of(ErasedData.PROFILE)))
                .expectNoEvents()
                .expectException(DomainRuleViolation.class);
    }

    @Test
    void theGraceIsPositiveAndAtMostNinetyDays() {
        assertThat(new DeletionGrace(Duration.ofSeconds(1)).period()).hasSeconds(1);
        assertThat(new DeletionGrace(Duration.ofDays(90)).period()).hasDays(90);
        for (Duration wrong : new Duration[] {
            null, Duration.ZERO, Duration.ofSeconds(-1), Duration.ofDays(90).plusNanos(1)
        }) {
            assertThatThrownBy(() -> new DeletionGrace(wrong)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
