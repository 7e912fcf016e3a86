package org.muejam.infra.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.muejam.infra.identity.SessionCookies;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.moderation.LiftSuspensionCommand;
import org.muejam.shared.moderation.SuspendAccountCommand;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A suspended account is refused at sign-in, at refresh and on every authenticated request, whatever its token, and
 * has its access back when the suspension is lifted (decision 0037). The suspension is sent as the moderation case
 * would send it, through the command gateway.
 */
class SuspensionTest extends IntegrationTest {

    /** The cache of each node (5 s) plus the users projection's lag, with room to spare. */
    private static final Duration ENFORCED_WITHIN = Duration.ofSeconds(15);

    private static final UserId MODERATOR = UserId.of("moderator-of-the-suspension-test");
    private static final String CASE = "case:00000000-0000-0000-0000-0000000000aa";

    @Autowired
    CommandGateway commands;

    private record Session(String accessToken, String refreshToken) {}

    private Session session(String email) {
        Api.Response response = api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD), null);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return new Session(
                response.body().get("accessToken").asText(),
                response.body().get("refreshToken").asText());
    }

    private Api.Response signIn(String email) {
        return api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD), null);
    }

    private static void assertSuspended(Api.Response response, String until, String reason) {
        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.body().get("type").asText()).isEqualTo("/problems/account-suspended");
        assertThat(response.body().get("until").asText()).isEqualTo(until);
        assertThat(response.body().get("reason").asText()).isEqualTo(reason);
    }

    @Test
    void aSuspendedAccountIsRefusedEverywhereUntilTheSuspensionIsLifted() {
        String email = uniqueEmail("suspended");
        String userId = register(email);
        Session session = session(email);
        assertThat(api.get("/api/users/me", session.accessToken()).status()).isEqualTo(200);
        Api.Response keyCreated = api.post("/api/keys", Map.of("name", "bot"), session.accessToken());
        assertThat(keyCreated.status()).as(keyCreated.toString()).isEqualTo(201);
        String key = keyCreated.body().get("key").asText();

        Instant before = Instant.now();
        commands.sendAndWait(new SuspendAccountCommand(UserId.of(userId), MODERATOR, "harassment", 7, CASE));

        // the token issued before the suspension is refused within the cache's time
        await(
                "the token refused",
                ENFORCED_WITHIN,
                () -> api.get("/api/users/me", session.accessToken()).status() == 403);
        Api.Response me = api.get("/api/users/me", session.accessToken());
        String until = me.body().get("until").asText();
        assertThat(Instant.parse(until))
                .isBetween(before.plus(Duration.ofDays(7)), Instant.now().plus(Duration.ofDays(7)));
        assertSuspended(me, until, "harassment");
        assertSuspended(
                api.send("GET", "/api/users/me", null, null, null, Map.of("Authorization", "ApiKey " + key)),
                until,
                "harassment");
        assertSuspended(
                api.send(
                        "GET",
                        "/api/users/me",
                        null,
                        null,
                        null,
                        Map.of("Cookie", SessionCookies.ACCESS + "=" + session.accessToken())),
                until,
                "harassment");
        assertSuspended(signIn(email), until, "harassment");
        assertSuspended(
                api.post("/api/auth/refresh", Map.of("refreshToken", session.refreshToken()), null),
                until,
                "harassment");

        commands.sendAndWait(new LiftSuspensionCommand(UserId.of(userId), MODERATOR, "appeal upheld", CASE));

        await(
                "access given back",
                ENFORCED_WITHIN,
                () -> api.get("/api/users/me", session.accessToken()).status() == 200);
        assertThat(signIn(email).status()).isEqualTo(200);
        // the refresh token refused during the suspension was not spent
        assertThat(api.post("/api/auth/refresh", Map.of("refreshToken", session.refreshToken()), null)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theNodeThatProjectsTheSuspensionForgetsItsCachedAnswerAtOnce() {
        String email = uniqueEmail("at-once");
        String userId = register(email);
        String token = login(email, PASSWORD);
        long primed = System.nanoTime();
        // cached now as "not suspended" for the cache's 5 s
        assertThat(api.get("/api/users/me", token).status()).isEqualTo(200);
        commands.sendAndWait(new SuspendAccountCommand(UserId.of(userId), MODERATOR, "spam", 3, CASE));
        assertThat(projections.await(List.of(ReadModels.USERS), projections.head(), ENFORCED_WITHIN))
                .isTrue();
        // the cached answer lasts 5 s from the first request: refused well before that, it was the projection
        // that evicted it; on a machine too slow to project within 4 s this run cannot tell and proves nothing
        Duration projected = Duration.ofNanos(System.nanoTime() - primed);
        assumeTrue(
                projected.compareTo(Duration.ofSeconds(4)) < 0,
                "projected after " + projected + ": too late to tell eviction from the cache running out");
        await(
                "refused once projected, before the cached answer ran out",
                Duration.ofMillis(4500).minus(projected),
                () -> api.get("/api/users/me", token).status() == 403);
    }

    @Test
    void aPermanentSuspensionSaysSoAndAWrongPasswordLearnsNothing() {
        String email = uniqueEmail("banned");
        String userId = register(email);
        commands.sendAndWait(new SuspendAccountCommand(UserId.of(userId), MODERATOR, "spam", null, CASE));
        assertSuspended(signIn(email), "permanent", "spam");
        Api.Response wrong =
                api.post("/api/auth/login", Map.of("email", email, "password", "Not-the-password-1"), null);
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(401);
    }

    @Test
    void aSuspendedAccountWithASecondFactorIsRefusedAtThePasswordStep() {
        Enrolled enrolled = enrolled("suspended-2fa");
        commands.sendAndWait(new SuspendAccountCommand(UserId.of(enrolled.userId()), MODERATOR, "hate", 1, CASE));
        Api.Response password = signIn(enrolled.email());
        assertThat(password.status()).as(password.toString()).isEqualTo(403);
        assertThat(password.body().get("type").asText()).isEqualTo("/problems/account-suspended");
        assertThat(Instant.parse(password.body().get("until").asText()))
                .isAfter(Instant.now().plus(Duration.ofHours(23)))
                .isBefore(Instant.now().plus(Duration.ofDays(1)).plus(1, ChronoUnit.MINUTES));
    }

    @Test
    void aSuspensionOutsideOneToThreeThousandSixHundredFiftyDaysIsRefused() {
        String userId = register(uniqueEmail("duration"));
        for (int days : new int[] {0, 3651}) {
            try {
                commands.sendAndWait(new SuspendAccountCommand(UserId.of(userId), MODERATOR, "spam", days, CASE));
                throw new AssertionError("a suspension of " + days + " days was accepted");
            } catch (org.axonframework.commandhandling.CommandExecutionException refused) {
                assertThat(refused.getCause()).hasMessageContaining("1 to 3650 days");
            } catch (org.muejam.command.shared.DomainRuleViolation refused) {
                assertThat(refused.problemType()).isEqualTo("invalid-duration");
            }
        }
    }
}
