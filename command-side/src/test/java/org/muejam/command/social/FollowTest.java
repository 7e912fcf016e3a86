package org.muejam.command.social;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.testing.Violations;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.social.ApproveFollowRequestCommand;
import org.muejam.shared.social.DeclineFollowRequestCommand;
import org.muejam.shared.social.FollowCommand;
import org.muejam.shared.social.FollowRequestDeclinedEvent;
import org.muejam.shared.social.FollowRequestWithdrawnEvent;
import org.muejam.shared.social.FollowRequestedEvent;
import org.muejam.shared.social.FollowStatus;
import org.muejam.shared.social.FollowedEvent;
import org.muejam.shared.social.UnfollowCommand;
import org.muejam.shared.social.UnfollowedEvent;

/** Specification of a follow: none, REQUESTED or FOLLOWING; repeating what stands stores nothing. */
class FollowTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant EARLIER = NOW.minusSeconds(60);
    private static final UserId FAN = UserId.of("fan-1");
    private static final UserId AUTHOR = UserId.of("author-2");

    private FixtureConfiguration<Follow> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Follow.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static final Matcher<Throwable> NO_REQUEST =
            Violations.violation(DomainRuleViolation.Kind.NOT_FOUND, "follow-request-not-found");

    @Test
    void withoutApprovalAFollowIsAcceptedAtOnce() {
        fixture.givenNoPriorActivity()
                .when(new FollowCommand(FAN, AUTHOR, false))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new FollowedEvent(FAN, AUTHOR, NOW))
                .expectResultMessagePayload(FollowStatus.FOLLOWING);
    }

    @Test
    void withApprovalAFollowIsARequest() {
        fixture.givenNoPriorActivity()
                .when(new FollowCommand(FAN, AUTHOR, true))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new FollowRequestedEvent(FAN, AUTHOR, NOW))
                .expectResultMessagePayload(FollowStatus.REQUESTED);
    }

    @Test
    void followingAgainStoresNothingAndAnswersFollowing() {
        fixture.given(new FollowedEvent(FAN, AUTHOR, EARLIER))
                .when(new FollowCommand(FAN, AUTHOR, true))
                .expectNoEvents()
                .expectResultMessagePayload(FollowStatus.FOLLOWING);
    }

    @Test
    void askingAgainWhileRequestedStoresNothingAndAnswersRequested() {
        fixture.given(new FollowRequestedEvent(FAN, AUTHOR, EARLIER))
                .when(new FollowCommand(FAN, AUTHOR, false))
                .expectNoEvents()
                .expectResultMessagePayload(FollowStatus.REQUESTED);
    }

    @Test
    void nobodyFollowsThemselves() {
        fixture.givenNoPriorActivity()
                .when(new FollowCommand(FAN, FAN, false))
                .expectNoEvents()
                .expectException(Violations.violation(DomainRuleViolation.Kind.INVALID, "cannot-follow-self"));
    }

    @Test
    void unfollowingEndsAFollow() {
        fixture.given(new FollowedEvent(FAN, AUTHOR, EARLIER))
                .when(new UnfollowCommand(FAN, AUTHOR))
                .expectEvents(new UnfollowedEvent(FAN, AUTHOR, NOW));
    }

    @Test
    void unfollowingWithdrawsAPendingRequest() {
        fixture.given(new FollowRequestedEvent(FAN, AUTHOR, EARLIER))
                .when(new UnfollowCommand(FAN, AUTHOR))
                .expectEvents(new FollowRequestWithdrawnEvent(FAN, AUTHOR, NOW));
    }

    @Test
    void unfollowingWithoutAFollowStoresNothing() {
        fixture.givenNoPriorActivity()
                .when(new UnfollowCommand(FAN, AUTHOR))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(new FollowedEvent(FAN, AUTHOR, EARLIER), new UnfollowedEvent(FAN, AUTHOR, EARLIER))
                .when(new UnfollowCommand(FAN, AUTHOR))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void approvingARequestMakesAFollowFromTheApproval() {
        fixture.given(new FollowRequestedEvent(FAN, AUTHOR, EARLIER))
                .when(new ApproveFollowRequestCommand(FAN, AUTHOR))
                .expectEvents(new FollowedEvent(FAN, AUTHOR, NOW));
    }

    @Test
    void approvingAnAcceptedFollowAgainStoresNothing() {
        fixture.given(new FollowRequestedEvent(FAN, AUTHOR, EARLIER), new FollowedEvent(FAN, AUTHOR, EARLIER))
                .when(new ApproveFollowRequestCommand(FAN, AUTHOR))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void approvingWithoutARequestIsNotFound() {
        fixture.givenNoPriorActivity()
                .when(new ApproveFollowRequestCommand(FAN, AUTHOR))
                .expectNoEvents()
                .expectException(NO_REQUEST);
        fixture.given(new FollowRequestedEvent(FAN, AUTHOR, EARLIER), new FollowRequestWithdrawnEvent(FAN, AUTHOR, NOW))
                .when(new ApproveFollowRequestCommand(FAN, AUTHOR))
                .expectNoEvents()
                .expectException(NO_REQUEST);
    }

    @Test
    void decliningARequestEndsIt() {
        fixture.given(new FollowRequestedEvent(FAN, AUTHOR, EARLIER))
                .when(new DeclineFollowRequestCommand(FAN, AUTHOR))
                .expectEvents(new FollowRequestDeclinedEvent(FAN, AUTHOR, NOW));
    }

    @Test
    void decliningWithoutAPendingRequestIsNotFound() {
        fixture.givenNoPriorActivity()
                .when(new DeclineFollowRequestCommand(FAN, AUTHOR))
                .expectNoEvents()
                .expectException(NO_REQUEST);
        fixture.given(new FollowedEvent(FAN, AUTHOR, EARLIER))
                .when(new DeclineFollowRequestCommand(FAN, AUTHOR))
                .expectNoEvents()
                .expectException(NO_REQUEST);
        fixture.given(new FollowRequestedEvent(FAN, AUTHOR, EARLIER), new FollowRequestDeclinedEvent(FAN, AUTHOR, NOW))
                .when(new DeclineFollowRequestCommand(FAN, AUTHOR))
                .expectNoEvents()
                .expectException(NO_REQUEST);
    }

    @Test
    void afterADeclinedRequestAPersonMayAskAgain() {
        fixture.given(
                        new FollowRequestedEvent(FAN, AUTHOR, EARLIER),
                        new FollowRequestDeclinedEvent(FAN, AUTHOR, EARLIER))
                .when(new FollowCommand(FAN, AUTHOR, true))
                .expectEvents(new FollowRequestedEvent(FAN, AUTHOR, NOW))
                .expectResultMessagePayload(FollowStatus.REQUESTED);
    }
}
