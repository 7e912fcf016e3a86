package org.muejam.infra.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.muejam.infra.identity.TwoFactorScenarioTest.awaitMail;
import static org.muejam.infra.identity.TwoFactorScenarioTest.wrongCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.Authenticator;
import org.muejam.infra.support.IntegrationTest;

/** Two-factor authentication over the API: challenges, backup codes, refusals and the secret at rest. */
class TwoFactorTest extends IntegrationTest {

    /** A registered reader with two-factor authentication on. */
    private String challenge(Enrolled user) {
        Api.Response login = api.post("/api/auth/login", Map.of("email", user.email(), "password", PASSWORD), null);
        assertThat(login.body().get("secondFactorRequired").asBoolean())
                .as(login.toString())
                .isTrue();
        return login.body().get("challengeToken").asText();
    }

    @Test
    void aChallengeIsBurnedAfterFiveWrongCodes() {
        Enrolled user = enrolled("burned");
        String challenge = challenge(user);
        for (int remaining = 4; remaining >= 0; remaining--) {
            Api.Response wrong = api.post(
                    "/api/auth/2fa/verify",
                    Map.of("challengeToken", challenge, "code", wrongCode(user.secret())),
                    null);
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.body().get("remainingAttempts").asInt()).isEqualTo(remaining);
        }
        Api.Response right = api.post(
                "/api/auth/2fa/backup-code",
                Map.of("challengeToken", challenge, "code", user.backupCodes().get(0)),
                null);
        assertThat(right.status()).isEqualTo(401);
        assertThat(right.body().get("type").asText()).isEqualTo("/problems/invalid-challenge");
        assertThat(api.post(
                                "/api/auth/2fa/backup-code",
                                Map.of(
                                        "challengeToken",
                                        challenge(user),
                                        "code",
                                        user.backupCodes().get(0)),
                                null)
                        .status())
                .as("the backup code was not spent")
                .isEqualTo(200);
    }

    @Test
    void aChallengeOpensOneSessionOnly() {
        Enrolled user = enrolled("single");
        String challenge = challenge(user);
        assertThat(api.post(
                                "/api/auth/2fa/backup-code",
                                Map.of(
                                        "challengeToken",
                                        challenge,
                                        "code",
                                        user.backupCodes().get(0)),
                                null)
                        .status())
                .isEqualTo(200);
        Api.Response again = api.post(
                "/api/auth/2fa/backup-code",
                Map.of("challengeToken", challenge, "code", user.backupCodes().get(1)),
                null);
        assertThat(again.status()).isEqualTo(401);
        assertThat(again.body().get("type").asText()).isEqualTo("/problems/invalid-challenge");
        assertThat(api.post("/api/auth/2fa/verify", Map.of("challengeToken", "made-up", "code", "123456"), null)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void theCodeThatEnabledItCannotBeReplayedToSignIn() {
        String email = uniqueEmail("replay");
        register(email);
        String token = login(email, PASSWORD);
        String secret = api.post("/api/auth/2fa/setup", Map.of("password", PASSWORD), token)
                .body()
                .get("secret")
                .asText();
        String code = Authenticator.nextCode(secret);
        assertThat(api.post("/api/auth/2fa/verify-setup", Map.of("code", code), token)
                        .status())
                .isEqualTo(200);

        Api.Response login = api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD), null);
        Api.Response replay = api.post(
                "/api/auth/2fa/verify",
                Map.of("challengeToken", login.body().get("challengeToken").asText(), "code", code),
                null);
        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.body().get("type").asText()).isEqualTo("/problems/two-factor-code-already-used");
    }

    @Test
    void regeneratedBackupCodesReplaceTheOldOnesAndAreMailed() {
        Enrolled user = enrolled("regen");
        String session = api.post(
                        "/api/auth/2fa/backup-code",
                        Map.of(
                                "challengeToken",
                                challenge(user),
                                "code",
                                user.backupCodes().get(0)),
                        null)
                .body()
                .get("accessToken")
                .asText();

        Api.Response withoutCode =
                api.post("/api/auth/2fa/regenerate-backup-codes", Map.of("password", PASSWORD), session);
        assertThat(withoutCode.status()).isEqualTo(400);
        assertThat(withoutCode.body().get("field").asText()).isEqualTo("code");
        Api.Response regenerated = api.post(
                "/api/auth/2fa/regenerate-backup-codes",
                Map.of("password", PASSWORD, "code", Authenticator.nextCode(user.secret())),
                session);
        assertThat(regenerated.status()).as(regenerated.toString()).isEqualTo(200);
        List<String> fresh = new ArrayList<>();
        regenerated.body().get("backupCodes").forEach(code -> fresh.add(code.asText()));
        assertThat(fresh).hasSize(10).doesNotHaveDuplicates().doesNotContainAnyElementsOf(user.backupCodes());
        awaitMail(user.email(), "New backup codes for your MueJam Library account");

        assertThat(api.post(
                                "/api/auth/2fa/backup-code",
                                Map.of(
                                        "challengeToken",
                                        challenge(user),
                                        "code",
                                        user.backupCodes().get(1)),
                                null)
                        .status())
                .isEqualTo(401);
        assertThat(api.post(
                                "/api/auth/2fa/backup-code",
                                Map.of(
                                        "challengeToken",
                                        challenge(user),
                                        "code",
                                        fresh.get(0).toUpperCase()),
                                null)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void setupRefusalsAreClearProblems() throws Exception {
        String email = uniqueEmail("setup");
        register(email);
        String token = login(email, PASSWORD);
        assertThat(api.post("/api/auth/2fa/setup", null, null).status()).isEqualTo(401);

        Api.Response notStarted = api.post("/api/auth/2fa/verify-setup", Map.of("code", "123456"), token);
        assertThat(notStarted.status()).isEqualTo(409);
        assertThat(notStarted.body().get("type").asText()).isEqualTo("/problems/two-factor-setup-not-started");

        String secret = api.post("/api/auth/2fa/setup", Map.of("password", PASSWORD), token)
                .body()
                .get("secret")
                .asText();
        Api.Response wrong = api.post("/api/auth/2fa/verify-setup", Map.of("code", wrongCode(secret)), token);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body().get("type").asText()).isEqualTo("/problems/invalid-two-factor-code");
        assertThat(wrong.body().get("field").asText()).isEqualTo("code");
        assertThat(api.post("/api/auth/2fa/verify-setup", Map.of("code", ""), token)
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/api/auth/2fa/verify", Map.of("code", "123456"), null)
                        .status())
                .isEqualTo(400);

        Api.Response offWithoutIt = api.send(
                "DELETE",
                "/api/auth/2fa",
                json.writeValueAsString(Map.of("password", PASSWORD, "code", "123456")),
                "application/json",
                token,
                Map.of());
        assertThat(offWithoutIt.status()).isEqualTo(409);
        assertThat(offWithoutIt.body().get("type").asText()).isEqualTo("/problems/two-factor-not-enabled");
    }

    @Test
    void turningItOffNeedsTheRightPasswordAndACode() throws Exception {
        Enrolled user = enrolled("off");
        String session = api.post(
                        "/api/auth/2fa/backup-code",
                        Map.of(
                                "challengeToken",
                                challenge(user),
                                "code",
                                user.backupCodes().get(0)),
                        null)
                .body()
                .get("accessToken")
                .asText();

        Api.Response wrongPassword = api.send(
                "DELETE",
                "/api/auth/2fa",
                json.writeValueAsString(Map.of(
                        "password",
                        "not-the-password-1",
                        "code",
                        user.backupCodes().get(1))),
                "application/json",
                session,
                Map.of());
        assertThat(wrongPassword.status()).isEqualTo(400);
        assertThat(wrongPassword.body().get("field").asText()).isEqualTo("password");
        Api.Response wrongCode = api.send(
                "DELETE",
                "/api/auth/2fa",
                json.writeValueAsString(Map.of("password", PASSWORD, "code", "zzzz-zzzz-zzzz")),
                "application/json",
                session,
                Map.of());
        assertThat(wrongCode.status()).isEqualTo(400);
        assertThat(wrongCode.body().get("type").asText()).isEqualTo("/problems/invalid-backup-code");
        assertThat(api.get("/api/auth/2fa", session).body().get("enabled").asBoolean())
                .isTrue();
    }

    @Test
    void theSecretIsEncryptedAtRestInTheEventStore() {
        String email = uniqueEmail("atrest");
        String userId = register(email);
        String secret = api.post("/api/auth/2fa/setup", Map.of("password", PASSWORD), login(email, PASSWORD))
                .body()
                .get("secret")
                .asText();
        List<String> payloads = jdbc.query("""
                SELECT convert_from(payload, 'UTF8') FROM domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type LIKE '%TwoFactorSetupStartedEvent'""", (rs, i) -> rs.getString(1), "2fa:" + userId);
        assertThat(payloads).hasSize(1);
        assertThat(payloads.get(0)).doesNotContain(secret).contains(userId);
    }

    @Test
    void settingUpAndRegeneratingNeedTheCurrentPasswordAndWrongOnesCountLikeWrongSignIns() throws Exception {
        Enrolled user = enrolled("repassword");
        String session = api.post(
                        "/api/auth/2fa/backup-code",
                        Map.of(
                                "challengeToken",
                                challenge(user),
                                "code",
                                user.backupCodes().get(0)),
                        null)
                .body()
                .get("accessToken")
                .asText();
        String code = user.backupCodes().get(1);

        for (Api.Response missing : List.of(
                api.send("POST", "/api/auth/2fa/setup", null, null, session, Map.of()),
                api.post("/api/auth/2fa/setup", Map.of(), session),
                api.post("/api/auth/2fa/regenerate-backup-codes", Map.of("code", code), session))) {
            assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
            assertThat(missing.contentType()).startsWith("application/problem+json");
            assertThat(missing.body().get("field").asText()).isEqualTo("password");
        }

        List<Api.Response> wrong = new ArrayList<>();
        wrong.add(api.post("/api/auth/2fa/setup", Map.of("password", "not-the-password-1"), session));
        wrong.add(api.post(
                "/api/auth/2fa/regenerate-backup-codes",
                Map.of("password", "not-the-password-1", "code", code),
                session));
        wrong.add(api.send(
                "DELETE",
                "/api/auth/2fa",
                json.writeValueAsString(Map.of("password", "not-the-password-3", "code", code)),
                "application/json",
                session,
                Map.of()));
        for (Api.Response refused : wrong) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body().get("type").asText()).isEqualTo("/problems/wrong-password");
            assertThat(refused.body().get("field").asText()).isEqualTo("password");
        }
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                                + " AND payload_type LIKE '%LoginFailedEvent'",
                        Integer.class, user.userId()))
                .as("each wrong password is a failed sign-in of the account")
                .isEqualTo(3);

        // three wrong passwords (the tests' lockout threshold) lock the account, here as at sign-in, and the right one
        // no longer helps
        Api.Response signIn = api.post("/api/auth/login", Map.of("email", user.email(), "password", PASSWORD), null);
        assertThat(signIn.status()).as(signIn.toString()).isEqualTo(403);
        assertThat(signIn.body().get("type").asText()).isEqualTo("/problems/account-locked");
        Api.Response whileLocked = api.post("/api/auth/2fa/setup", Map.of("password", PASSWORD), session);
        assertThat(whileLocked.status()).as(whileLocked.toString()).isEqualTo(403);
        assertThat(whileLocked.body().get("type").asText()).isEqualTo("/problems/account-locked");
        assertThat(api.get("/api/auth/2fa", session).body().get("enabled").asBoolean())
                .isTrue();
    }
}
