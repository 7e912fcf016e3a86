package org.muejam.command.identity;

import static org.muejam.command.testing.Violations.violation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muejam.command.shared.DomainRuleViolation.Kind;
import org.muejam.shared.identity.Role;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.identity.UserRegisteredEvent;
import org.muejam.shared.moderation.AuthorShadowbannedEvent;
import org.muejam.shared.moderation.GrantModeratorRoleCommand;
import org.muejam.shared.moderation.LiftShadowbanCommand;
import org.muejam.shared.moderation.ModeratorRoleGrantedEvent;
import org.muejam.shared.moderation.ModeratorRoleRevokedEvent;
import org.muejam.shared.moderation.RevokeModeratorRoleCommand;
import org.muejam.shared.moderation.ShadowbanAuthorCommand;
import org.muejam.shared.moderation.ShadowbanLiftedEvent;

/** Specification of an account's moderation role and shadowban (decision 0033). */
class UserAccountModerationTest {

    private static final Instant NOW = Instant.parse("2026-07-01T09:00:00Z");
    private static final Instant EARLIER = Instant.parse("2026-01-01T09:00:00Z");
    private static final UserId USER = UserId.of("user-1");
    private static final UserId ADMIN = UserId.of("admin-1");

    private FixtureConfiguration<UserAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(UserAccount.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static UserRegisteredEvent registered(UserId id, Role... roles) {
        EnumSet<Role> held = EnumSet.of(Role.USER);
        held.addAll(java.util.List.of(roles));
        return new UserRegisteredEvent(
                id, id.value() + "@example.org", "Name", "hash", LocalDate.of(1990, 1, 1), held, EARLIER);
    }

    @Test
    void aRoleIsGrantedReplacedAndGrantingItAgainStoresNothing() {
        fixture.given(registered(USER))
                .when(new GrantModeratorRoleCommand(USER, Role.MODERATOR, ADMIN))
                .expectEvents(new ModeratorRoleGrantedEvent(USER, Role.MODERATOR, ADMIN, NOW));
        fixture.given(registered(USER), new ModeratorRoleGrantedEvent(USER, Role.MODERATOR, ADMIN, EARLIER))
                .when(new GrantModeratorRoleCommand(USER, Role.SENIOR_MODERATOR, ADMIN))
                .expectEvents(new ModeratorRoleGrantedEvent(USER, Role.SENIOR_MODERATOR, ADMIN, NOW));
        fixture.given(registered(USER), new ModeratorRoleGrantedEvent(USER, Role.MODERATOR, ADMIN, EARLIER))
                .when(new GrantModeratorRoleCommand(USER, Role.MODERATOR, ADMIN))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(registered(ADMIN, Role.ADMINISTRATOR))
                .when(new GrantModeratorRoleCommand(ADMIN, Role.ADMINISTRATOR, ADMIN))
                .expectNoEvents();
    }

    @Test
    void onlyModerationRolesAreGrantedBySomeone() {
        fixture.given(registered(USER))
                .when(new GrantModeratorRoleCommand(USER, Role.USER, ADMIN))
                .expectException(violation(Kind.INVALID, "invalid-role"));
        fixture.given(registered(USER))
                .when(new GrantModeratorRoleCommand(USER, null, ADMIN))
                .expectException(violation(Kind.INVALID, "invalid-role"));
        fixture.given(registered(USER))
                .when(new GrantModeratorRoleCommand(USER, Role.MODERATOR, null))
                .expectException(violation(Kind.INVALID, "administrator-required"));
    }

    @Test
    void aRoleIsRevokedButNeverByItsHolderAndRevokingNoRoleStoresNothing() {
        fixture.given(registered(USER), new ModeratorRoleGrantedEvent(USER, Role.MODERATOR, ADMIN, EARLIER))
                .when(new RevokeModeratorRoleCommand(USER, ADMIN))
                .expectEvents(new ModeratorRoleRevokedEvent(USER, Role.MODERATOR, ADMIN, NOW));
        fixture.given(registered(USER))
                .when(new RevokeModeratorRoleCommand(USER, ADMIN))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(
                        registered(USER),
                        new ModeratorRoleGrantedEvent(USER, Role.MODERATOR, ADMIN, EARLIER),
                        new ModeratorRoleRevokedEvent(USER, Role.MODERATOR, ADMIN, EARLIER))
                .when(new RevokeModeratorRoleCommand(USER, ADMIN))
                .expectNoEvents();
        fixture.given(registered(USER))
                .when(new RevokeModeratorRoleCommand(USER, null))
                .expectException(violation(Kind.INVALID, "administrator-required"));
        fixture.given(new UserRegisteredEvent(USER, "u@example.org", "Name", "hash", null, null, EARLIER))
                .when(new RevokeModeratorRoleCommand(USER, ADMIN))
                .expectNoEvents();
    }

    @Test
    void nobodyTakesTheirOwnRoleAway() {
        fixture.given(registered(ADMIN, Role.ADMINISTRATOR))
                .when(new RevokeModeratorRoleCommand(ADMIN, ADMIN))
                .expectException(violation(Kind.CONFLICT, "own-role"));
    }

    @Test
    void aShadowbanIsRecordedOnceAndLiftedOnce() {
        fixture.given(registered(USER))
                .when(new ShadowbanAuthorCommand(USER, ADMIN, " spam ring "))
                .expectEvents(new AuthorShadowbannedEvent(USER, ADMIN, "spam ring", NOW));
        fixture.given(registered(USER), new AuthorShadowbannedEvent(USER, ADMIN, "spam", EARLIER))
                .when(new ShadowbanAuthorCommand(USER, ADMIN, "again"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(registered(USER), new AuthorShadowbannedEvent(USER, ADMIN, "spam", EARLIER))
                .when(new LiftShadowbanCommand(USER, ADMIN, "appeal"))
                .expectEvents(new ShadowbanLiftedEvent(USER, ADMIN, "appeal", NOW));
        fixture.given(
                        registered(USER),
                        new AuthorShadowbannedEvent(USER, ADMIN, "spam", EARLIER),
                        new ShadowbanLiftedEvent(USER, ADMIN, "appeal", EARLIER))
                .when(new LiftShadowbanCommand(USER, ADMIN, "again"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aShadowbanNamesItsModeratorAndReason() {
        fixture.given(registered(USER))
                .when(new ShadowbanAuthorCommand(USER, null, "spam"))
                .expectException(violation(Kind.INVALID, "moderator-required"));
        fixture.given(registered(USER))
                .when(new ShadowbanAuthorCommand(USER, ADMIN, ""))
                .expectException(violation(Kind.INVALID, "reason-required"));
        fixture.given(registered(USER))
                .when(new LiftShadowbanCommand(USER, ADMIN, "x".repeat(1_001)))
                .expectException(violation(Kind.INVALID, "reason-too-long"));
    }
}
