package org.muejam.infra.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.Authenticator;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.infra.support.Mailbox;

/**
 * Acceptance scenario of two-factor authentication: a reader pairs an authenticator app (oathtool, or an independent
 * RFC 6238 generator), after which a password alone no longer signs in; wrong codes are refused, a backup code works
 * exactly once, turning it off is mailed, and every step is in the audit trail.
 */
class TwoFactorScenarioTest extends IntegrationTest {

    @Test
    void enablingSigningInWithSecondFactorAndDisablingIsMailedAndAudited() throws Exception {
        String email = uniqueEmail("twofactor");
        String userId = register(email);
        Api.Response firstLogin = api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD), null);
        String token = firstLogin.body().get("accessToken").asText();
        assertThat(api.get("/api/auth/2fa", token).body().get("enabled").asBoolean())
                .isFalse();

        // pair the app
        Api.Response setup = api.post("/api/auth/2fa/setup", Map.of("password", PASSWORD), token);
        assertThat(setup.status()).as(setup.toString()).isEqualTo(200);
        String secret = setup.body().get("secret").asText();
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(setup.body().get("otpauthUri").asText())
                .startsWith("otpauth://totp/MueJam%20Library:" + email.replace("@", "%40") + "?")
                .contains("secret=" + secret, "issuer=MueJam%20Library", "digits=6", "period=30");
        assertThat(QrImages.decode(setup.body().get("qrCodePng").asText()))
                .isEqualTo(setup.body().get("otpauthUri").asText());

        Api.Response confirmed = api.post(
                "/api/auth/2fa/verify-setup", Map.of("code", Authenticator.code(secret, Instant.now())), token);
        assertThat(confirmed.status())
                .as(Authenticator.name() + ": " + confirmed)
                .isEqualTo(200);
        List<String> backupCodes = new ArrayList<>();
        confirmed.body().get("backupCodes").forEach(code -> backupCodes.add(code.asText()));
        assertThat(backupCodes).hasSize(10).doesNotHaveDuplicates();
        assertThat(api.get("/api/auth/2fa", token).body().get("enabled").asBoolean())
                .isTrue();
        awaitMail(email, "Two-factor authentication is on");

        assertThat(api.post(
                                "/api/auth/logout",
                                Map.of(
                                        "refreshToken",
                                        firstLogin.body().get("refreshToken").asText()),
                                null)
                        .status())
                .isEqualTo(204);

        // the password alone now yields a challenge, never a session
        Api.Response login = api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD), null);
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body().get("secondFactorRequired").asBoolean()).isTrue();
        assertThat(login.body().has("accessToken")).isFalse();
        assertThat(login.body().has("refreshToken")).isFalse();
        String challenge = login.body().get("challengeToken").asText();
        assertThat(api.get("/api/users/me", challenge).status()).isEqualTo(401);

        Api.Response wrong =
                api.post("/api/auth/2fa/verify", Map.of("challengeToken", challenge, "code", wrongCode(secret)), null);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(wrong.body().get("type").asText()).isEqualTo("/problems/invalid-two-factor-code");
        assertThat(wrong.body().get("remainingAttempts").asInt()).isEqualTo(4);

        // a backup code passes once; the same challenge survived the wrong code
        Api.Response withBackup = api.post(
                "/api/auth/2fa/backup-code", Map.of("challengeToken", challenge, "code", backupCodes.get(0)), null);
        assertThat(withBackup.status()).as(withBackup.toString()).isEqualTo(200);
        assertThat(withBackup.body().get("expiresIn").asLong()).isPositive();
        assertThat(api.get("/api/users/me", withBackup.body().get("accessToken").asText())
                        .body()
                        .get("email")
                        .asText())
                .isEqualTo(email);

        String second = api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD), null)
                .body()
                .get("challengeToken")
                .asText();
        Api.Response reused = api.post(
                "/api/auth/2fa/backup-code", Map.of("challengeToken", second, "code", backupCodes.get(0)), null);
        assertThat(reused.status()).isEqualTo(401);
        assertThat(reused.body().get("type").asText()).isEqualTo("/problems/invalid-backup-code");
        Api.Response withApp = api.post(
                "/api/auth/2fa/verify", Map.of("challengeToken", second, "code", Authenticator.nextCode(secret)), null);
        assertThat(withApp.status()).as(withApp.toString()).isEqualTo(200);
        String session = withApp.body().get("accessToken").asText();

        // turning it off takes the password and a code, and is mailed
        Api.Response disabled = api.send(
                "DELETE",
                "/api/auth/2fa",
                json.writeValueAsString(Map.of("password", PASSWORD, "code", backupCodes.get(1))),
                "application/json",
                session,
                Map.of());
        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(204);
        awaitMail(email, "Two-factor authentication is off");
        Api.Response plain = api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD), null);
        assertThat(plain.body().get("accessToken").asText()).isNotBlank();

        List<String> actions = new ArrayList<>();
        for (JsonNode entry : auditEntries(adminToken(), "userId=" + userId + "&limit=200")) {
            actions.add(entry.get("actionType").asText());
        }
        assertThat(actions)
                .contains(
                        "TwoFactorSetupStarted",
                        "TwoFactorEnabled",
                        "SecondFactorPassed",
                        "TwoFactorDisabled",
                        "UserLoggedIn");
        assertThat(actions.stream().filter("BackupCodeUsed"::equals)).hasSize(2);
    }

    /** A six-digit code the app does not show in any step the platform would accept now. */
    static String wrongCode(String secret) {
        Instant now = Instant.now();
        List<String> valid = List.of(
                Authenticator.code(secret, now.minusSeconds(60)),
                Authenticator.code(secret, now.minusSeconds(30)),
                Authenticator.code(secret, now),
                Authenticator.code(secret, now.plusSeconds(30)),
                Authenticator.code(secret, now.plusSeconds(60)));
        for (String candidate : List.of("000000", "111111", "222222", "333333", "444444", "555555")) {
            if (!valid.contains(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("unreachable: five codes cannot cover six candidates");
    }

    static void awaitMail(String email, String subject) {
        await(
                "a mail '" + subject + "' reaches " + email,
                Duration.ofSeconds(20),
                () -> Mailbox.read(email).stream()
                        .anyMatch(mail -> mail.subject().startsWith(subject)));
    }
}
