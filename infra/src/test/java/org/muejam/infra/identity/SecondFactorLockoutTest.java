package org.muejam.infra.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.muejam.infra.identity.TwoFactorScenarioTest.awaitMail;
import static org.muejam.infra.identity.TwoFactorScenarioTest.wrongCode;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.Authenticator;
import org.muejam.infra.support.IntegrationTest;

/**
 * Someone who has the password guesses second factors from many addresses, each with fresh challenges: the account
 * counts every failure, locks its second step at the tenth, answers 423 to every further try from anywhere, mails
 * the owner and keeps each failure in the audit trail.
 */
class SecondFactorLockoutTest extends IntegrationTest {

    private static final int THRESHOLD = 10;

    @Test
    void tenFailedSecondFactorsFromManyAddressesLockItForEveryAddressAndMailTheOwner() {
        Enrolled user = enrolled("guessed");
        List<Api> attackers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            attackers.add(new Api(port, json, Api.nextClientIp()));
        }

        for (int failure = 1; failure <= THRESHOLD; failure++) {
            Api attacker = attackers.get(failure % attackers.size());
            boolean backup = failure % 3 == 0;
            Api.Response wrong = attacker.post(
                    backup ? "/api/auth/2fa/backup-code" : "/api/auth/2fa/verify",
                    Map.of(
                            "challengeToken",
                            challenge(attacker, user),
                            "code",
                            backup ? "zzzz-zzzz-zzzz" : wrongCode(user.secret())),
                    null);
            assertThat(wrong.contentType()).startsWith("application/problem+json");
            if (failure < THRESHOLD) {
                assertThat(wrong.status()).as("failure %d: %s", failure, wrong).isEqualTo(401);
                assertThat(wrong.body().get("type").asText())
                        .isEqualTo(backup ? "/problems/invalid-backup-code" : "/problems/invalid-two-factor-code");
            } else {
                assertLocked(wrong);
            }
        }

        Api newcomer = new Api(port, json, Api.nextClientIp());
        String challenge = challenge(newcomer, user);
        assertLocked(newcomer.post(
                "/api/auth/2fa/verify",
                Map.of("challengeToken", challenge, "code", Authenticator.nextCode(user.secret())),
                null));
        assertLocked(newcomer.post(
                "/api/auth/2fa/backup-code",
                Map.of("challengeToken", challenge, "code", user.backupCodes().get(0)),
                null));
        assertLocked(api.post(
                "/api/auth/2fa/backup-code",
                Map.of(
                        "challengeToken",
                        challenge(api, user),
                        "code",
                        user.backupCodes().get(1)),
                null));

        awaitMail(user.email(), "Two-factor sign-in to your MueJam Library account is temporarily locked");

        awaitReadModels();
        List<JsonNode> failures = new ArrayList<>();
        List<String> actions = new ArrayList<>();
        for (JsonNode entry : auditEntries(adminToken(), "userId=" + user.userId() + "&limit=200")) {
            actions.add(entry.get("actionType").asText());
            if (entry.get("actionType").asText().equals("SecondFactorFailed")) {
                failures.add(entry);
            }
        }
        assertThat(failures).hasSize(THRESHOLD);
        assertThat(actions.stream().filter("SecondFactorLocked"::equals)).hasSize(1);
        Set<String> addresses = new HashSet<>();
        failures.forEach(entry -> addresses.add(entry.get("ipAddress").asText()));
        assertThat(addresses).hasSize(attackers.size());
        List<String> payloads = jdbc.query("""
                SELECT convert_from(payload, 'UTF8') FROM domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type LIKE '%SecondFactorFailedEvent'""", (rs, i) -> rs.getString(1), "2fa:" + user.userId());
        assertThat(payloads).hasSize(THRESHOLD).noneMatch(p -> p.contains("zzzz") || p.contains("Hash"));
    }

    private static void assertLocked(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(423);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("type").asText()).isEqualTo("/problems/second-factor-locked");
        Instant until = Instant.parse(response.body().get("lockedUntil").asText());
        assertThat(until)
                .isBetween(
                        Instant.now().plus(Duration.ofMinutes(14)),
                        Instant.now().plus(Duration.ofMinutes(16)));
        long retryAfter =
                Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(14 * 60L, 15 * 60L);
    }

    private static String challenge(Api client, Enrolled user) {
        Api.Response login = client.post("/api/auth/login", Map.of("email", user.email(), "password", PASSWORD), null);
        assertThat(login.body().get("secondFactorRequired").asBoolean())
                .as(login.toString())
                .isTrue();
        return login.body().get("challengeToken").asText();
    }
}
