package org.muejam.command.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.muejam.command.testing.UserAccountFixtures.userAccountAt;
import static org.muejam.command.testing.Violations.violation;

import java.time.Duration;
import java.time.Instant;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.shared.DomainRuleViolation.Kind;
import org.muejam.command.testing.UserAccountFixtures;
import org.muejam.shared.identity.CheckAccountLockCommand;
import org.muejam.shared.identity.RecordLoginCommand;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.identity.UserLoggedInEvent;
import org.muejam.shared.identity.UserRegisteredEvent;
import org.muejam.shared.moderation.AccountSuspendedEvent;
import org.muejam.shared.moderation.AccountSuspensionLiftedEvent;
import org.muejam.shared.moderation.LiftSuspensionCommand;
import org.muejam.shared.moderation.SuspendAccountCommand;

/** Specification of an account's suspension: its end as a deadline, replacing, lifting, and sign-in refused. */
class UserAccountSuspensionTest {

    private static final Instant NOW = Instant.parse("2026-07-01T09:00:00Z");
    private static final Instant EARLIER = Instant.parse("2026-01-01T09:00:00Z");
    private static final UserId USER = UserId.of("user-1");
    private static final UserId MODERATOR = UserId.of("moderator-1");
    private static final String CASE = "case:00000000-0000-0000-0000-000000000001";

    private FixtureConfiguration<UserAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = userAccountAt(NOW);
    }

    private static UserRegisteredEvent registered() {
        return UserAccountFixtures.registered(USER, EARLIER);
    }

    private static SuspendAccountCommand suspend(Integer days) {
        return new SuspendAccountCommand(USER, MODERATOR, "spam", days, CASE);
    }

    private static AccountSuspendedEvent suspended(Instant until) {
        return new AccountSuspendedEvent(USER, MODERATOR, "spam", until, CASE, EARLIER);
    }

    @Test
    void aSuspensionForDaysEndsThatManyDaysFromNowAndSchedulesItsEnd() {
        Instant until = NOW.plus(Duration.ofDays(7));
        fixture.given(registered())
                .when(suspend(7))
                .expectEvents(new AccountSuspendedEvent(USER, MODERATOR, "spam", until, CASE, NOW))
                .expectScheduledDeadline(until, new SuspensionEnds(USER, until))
                .expectScheduledDeadlineWithName(until, SuspensionEnds.NAME);
    }

    @Test
    void aSuspensionWithoutDaysIsPermanentAndSchedulesNoEnd() {
        fixture.given(registered())
                .when(suspend(null))
                .expectEvents(new AccountSuspendedEvent(USER, MODERATOR, "spam", null, CASE, NOW))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aSuspensionLastsOneToThreeThousandSixHundredFiftyDays() {
        for (int days : new int[] {0, -1, 3651, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            fixture.given(registered())
                    .when(suspend(days))
                    .expectNoEvents()
                    .expectException(violation(Kind.INVALID, "invalid-duration"));
        }
        fixture.given(registered()).when(suspend(1)).expectEvents(suspendedNow(NOW.plus(Duration.ofDays(1))));
        fixture.given(registered()).when(suspend(3650)).expectEvents(suspendedNow(NOW.plus(Duration.ofDays(3650))));
    }

    private static AccountSuspendedEvent suspendedNow(Instant until) {
        return new AccountSuspendedEvent(USER, MODERATOR, "spam", until, CASE, NOW);
    }

    @Test
    void aSuspensionNamesItsModeratorAndReason() {
        fixture.given(registered())
                .when(new SuspendAccountCommand(USER, null, "spam", 3, CASE))
                .expectException(violation(Kind.INVALID, "moderator-required"));
        fixture.given(registered())
                .when(new SuspendAccountCommand(USER, MODERATOR, " ", 3, CASE))
                .expectException(violation(Kind.INVALID, "reason-required"));
        fixture.given(registered())
                .when(new SuspendAccountCommand(USER, MODERATOR, "x".repeat(1_001), 3, CASE))
                .expectException(violation(Kind.INVALID, "reason-too-long"));
        fixture.given(registered())
                .when(new LiftSuspensionCommand(USER, null, "appeal upheld", CASE))
                .expectException(violation(Kind.INVALID, "moderator-required"));
    }

    @Test
    void suspendingAgainReplacesTheSuspensionAndItsEnd() {
        Instant first = NOW.plus(Duration.ofDays(7));
        Instant second = NOW.plus(Duration.ofDays(30));
        fixture.given(registered())
                .andGivenCommands(suspend(7))
                .when(suspend(30))
                .expectEvents(suspendedNow(second))
                .expectScheduledDeadline(second, new SuspensionEnds(USER, second))
                .expectNoScheduledDeadline(first, new SuspensionEnds(USER, first));
    }

    @Test
    void aPermanentSuspensionAfterATimedOneCancelsTheEnd() {
        fixture.given(registered())
                .andGivenCommands(suspend(7))
                .andGivenCommands(suspend(null))
                .whenTimeElapses(Duration.ofDays(8))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void theSuspensionEndsByItselfAtItsEnd() {
        fixture.given(registered())
                .andGivenCommands(suspend(1))
                .whenTimeElapses(Duration.ofDays(1))
                .expectTriggeredDeadlinesWithName(SuspensionEnds.NAME)
                .expectEvents(new AccountSuspensionLiftedEvent(USER, null, "suspension ended", CASE, NOW));
    }

    @Test
    void theSuspensionHasNotEndedASecondBeforeItsEnd() {
        fixture.given(registered())
                .andGivenCommands(suspend(1))
                .whenTimeElapses(Duration.ofDays(1).minusSeconds(1))
                .expectNoEvents()
                .expectScheduledDeadlineWithName(Duration.ofSeconds(1), SuspensionEnds.NAME);
    }

    @Test
    void aModeratorLiftsASuspensionEarlyAndItsEndIsCancelled() {
        fixture.given(registered())
                .andGivenCommands(suspend(7))
                .when(new LiftSuspensionCommand(USER, MODERATOR, "appeal upheld", CASE))
                .expectEvents(new AccountSuspensionLiftedEvent(USER, MODERATOR, "appeal upheld", CASE, NOW))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aPermanentSuspensionIsLifted() {
        fixture.given(registered(), suspended(null))
                .when(new LiftSuspensionCommand(USER, MODERATOR, "appeal upheld", CASE))
                .expectEvents(new AccountSuspensionLiftedEvent(USER, MODERATOR, "appeal upheld", CASE, NOW));
    }

    @Test
    void liftingWhatIsNotSuspendedStoresNothing() {
        fixture.given(registered())
                .when(new LiftSuspensionCommand(USER, MODERATOR, "appeal upheld", CASE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(
                        registered(),
                        suspended(NOW.plusSeconds(60)),
                        new AccountSuspensionLiftedEvent(USER, MODERATOR, "appeal upheld", CASE, EARLIER))
                .when(new LiftSuspensionCommand(USER, MODERATOR, "appeal upheld", CASE))
                .expectNoEvents();
    }

    @Test
    void aSuspensionWhoseEndPassedCountsAsEndedBeforeItsDeadlineRuns() {
        fixture.given(registered(), suspended(NOW.minusSeconds(1)))
                .when(new LiftSuspensionCommand(USER, MODERATOR, "appeal upheld", CASE))
                .expectNoEvents();
        fixture.given(registered(), suspended(NOW.minusSeconds(1)))
                .when(new RecordLoginCommand(USER, null, null, null))
                .expectEvents(new UserLoggedInEvent(USER, NOW, null, null));
    }

    @Test
    void aSuspendedAccountCannotSignInNamingTheEndAndTheReason() {
        Instant until = NOW.plus(Duration.ofDays(2));
        fixture.given(registered(), suspended(until))
                .when(new RecordLoginCommand(USER, null, null, null))
                .expectNoEvents()
                .expectException(violation(Kind.FORBIDDEN, "account-suspended"))
                .expectException(org.hamcrest.Matchers.hasProperty(
                        "message", org.hamcrest.Matchers.containsString(until.toString())));
        fixture.given(registered(), suspended(null))
                .when(new CheckAccountLockCommand(USER, null))
                .expectException(violation(Kind.FORBIDDEN, "account-suspended"));
        fixture.given(
                        registered(),
                        suspended(until),
                        new AccountSuspensionLiftedEvent(USER, MODERATOR, "ok", CASE, EARLIER))
                .when(new RecordLoginCommand(USER, null, null, null))
                .expectEvents(new UserLoggedInEvent(USER, NOW, null, null));
    }

    @Test
    void theRefusalCarriesTheEndOrPermanentAndTheReason() {
        DomainRuleViolation timed = SuspensionPolicy.suspended(NOW, "spam");
        assertThat(timed.properties()).containsEntry("until", NOW.toString()).containsEntry("reason", "spam");
        DomainRuleViolation permanent = SuspensionPolicy.suspended(null, "hate");
        assertThat(permanent.properties()).containsEntry("until", "permanent").containsEntry("reason", "hate");
        assertThat(permanent.kind()).isEqualTo(Kind.FORBIDDEN);
    }
}
