package org.muejam.infra.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.muejam.command.identity.BackupCodes;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.infra.support.Mailbox;
import org.muejam.shared.identity.UserId;

/** Compliance staff replay any aggregate's stream, see its state as of an instant, and follow one person. */
class HistoryTest extends IntegrationTest {

    @Test
    void anAggregatesWholeStreamIsDecodedWithItsMetadata() {
        String userId = register(uniqueEmail("history"));
        Api.Response response = api.get("/api/admin/history/aggregates/UserAccount/" + userId, adminToken());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode events = response.body();
        assertThat(events.get(0).get("eventType").asText()).isEqualTo("UserRegisteredEvent");
        assertThat(events.get(0).get("payload").get("displayName").asText()).startsWith("Reader");
        assertThat(events.get(0).get("metadata").get("ipAddress").asText()).isEqualTo(api.clientIp());
        assertThat(events.get(0).get("metadata").get("requestId").asText()).isNotBlank();
        assertThat(events.findValuesAsText("sequenceNumber")).containsExactly("0", "1", "2", "3");
    }

    @Test
    void largeHistoriesStreamAsNdjsonOnRequest() {
        String userId = register(uniqueEmail("ndjson"));
        Api.Response response = api.send(
                "GET",
                "/api/admin/history/aggregates/UserAccount/" + userId,
                null,
                null,
                adminToken(),
                Map.of("Accept", "application/x-ndjson"));
        assertThat(response.contentType()).startsWith("application/x-ndjson");
        String[] lines = response.raw().strip().split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).contains("\"eventType\":\"UserRegisteredEvent\"");
    }

    @Test
    void theStateAsOfAnInstantIsRebuiltFromTheEventsBeforeIt() {
        String email = uniqueEmail("asof");
        String userId = register(email);
        Instant beforeVerification = Instant.now();
        String token = org.muejam.infra.support.Mailbox.awaitToken(email, 0);
        assertThat(api.post("/api/auth/verify-email", Map.of("token", token), null)
                        .status())
                .isIn(200, 204);
        String admin = adminToken();

        JsonNode then = api.get(
                        "/api/admin/history/aggregates/UserAccount/" + userId + "?asOf=" + beforeVerification, admin)
                .body();
        assertThat(then.get("existed").asBoolean()).isTrue();
        assertThat(then.get("state").get("emailVerified").asBoolean()).isFalse();
        JsonNode now = api.get("/api/admin/history/aggregates/UserAccount/" + userId + "?asOf=" + Instant.now(), admin)
                .body();
        assertThat(now.get("state").get("emailVerified").asBoolean()).isTrue();
        assertThat(now.get("version").asLong())
                .isGreaterThan(then.get("version").asLong());
        JsonNode beforeAll = api.get(
                        "/api/admin/history/aggregates/UserAccount/" + userId + "?asOf=2000-01-01T00:00:00Z", admin)
                .body();
        assertThat(beforeAll.get("existed").asBoolean()).isFalse();
    }

    @Test
    void aSubjectsHistoryHasEverythingByOrAboutThemInOrder() {
        String email = uniqueEmail("subject");
        String userId = register(email);
        String reader = login(email, PASSWORD);
        assertThat(api.put(
                                "/api/legal/cookie-consent",
                                Map.of("essential", true, "analytics", true, "marketing", false),
                                reader)
                        .status())
                .isEqualTo(200);
        String admin = adminToken();
        await(
                "the audit view knows the cookie choice",
                java.time.Duration.ofSeconds(10),
                () -> auditEntries(admin, "userId=" + userId + "&actionType=CookieConsentRecorded")
                                .size()
                        == 1);
        JsonNode events =
                api.get("/api/admin/history/subjects/" + userId, admin).body();
        assertThat(events.findValuesAsText("eventType"))
                .containsExactly(
                        "UserRegisteredEvent",
                        "EmailVerificationIssuedEvent",
                        "ConsentRecordedEvent",
                        "ConsentRecordedEvent",
                        "UserLoggedInEvent",
                        "CookieConsentRecordedEvent");
        assertThat(events.get(5).get("aggregateType").asText()).isEqualTo("CookieConsent");
        long previous = -1;
        for (JsonNode event : events) {
            assertThat(event.get("globalIndex").asLong()).isGreaterThan(previous);
            previous = event.get("globalIndex").asLong();
        }
    }

    @Test
    void unknownAggregatesAndBadInstantsAreProblems() {
        String admin = adminToken();
        assertThat(api.get("/api/admin/history/aggregates/Spaceship/1", admin).status())
                .isEqualTo(404);
        assertThat(api.get("/api/admin/history/aggregates/UserAccount/no-such-user", admin)
                        .status())
                .isEqualTo(404);
        String userId = register(uniqueEmail("badasof"));
        Api.Response bad = api.get("/api/admin/history/aggregates/UserAccount/" + userId + "?asOf=yesterday", admin);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("field").asText()).isEqualTo("asOf");
    }

    @Test
    void noViewShowsSecretsOrHashesOfAPersonWithTwoFactorAuthentication() {
        Enrolled enrolled = enrolled("secrets");
        String email = enrolled.email();
        String userId = enrolled.userId();
        String secret = enrolled.secret();
        List<String> backupCodes = enrolled.backupCodes();
        String challenge = api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD), null)
                .body()
                .get("challengeToken")
                .asText();
        String session = api.post(
                        "/api/auth/2fa/backup-code",
                        Map.of("challengeToken", challenge, "code", backupCodes.get(0)),
                        null)
                .body()
                .get("accessToken")
                .asText();
        String keyId = api.post("/api/keys", Map.of("name", "history bot"), session)
                .body()
                .get("id")
                .asText();
        assertThat(api.post("/api/keys/" + keyId + "/rotate", null, session).status())
                .isEqualTo(200);
        int mails = Mailbox.read(email).size();
        api.post("/api/auth/password-reset/request", Map.of("email", email), null);
        String resetToken = Mailbox.awaitToken(email, mails);

        List<String> hashes = new ArrayList<>(BackupCodes.hashes(UserId.of(userId), backupCodes));
        hashes.addAll(jdbc.queryForList(
                "SELECT token_hash FROM email_verification_token WHERE user_id = ?", String.class, userId));
        hashes.addAll(jdbc.queryForList(
                "SELECT token_hash FROM password_reset_token WHERE user_id = ?", String.class, userId));
        awaitReadModels();
        hashes.addAll(jdbc.queryForList(
                "SELECT secret_hash FROM api_key WHERE key_id = ? UNION ALL "
                        + "SELECT previous_secret_hash FROM api_key WHERE key_id = ?",
                String.class,
                keyId,
                keyId));
        assertThat(api.post(
                                "/api/auth/password-reset/confirm",
                                Map.of("token", resetToken, "newPassword", "Changed-passphrase-44"),
                                null)
                        .status())
                .isEqualTo(204);
        awaitReadModels();
        hashes.add(
                jdbc.queryForObject("SELECT password_hash FROM user_account WHERE user_id = ?", String.class, userId));

        String admin = adminToken();
        String asOf = "?asOf=" + Instant.now();
        String twoFactor = "/api/admin/history/aggregates/TwoFactorAuthentication/2fa:" + userId;
        List<Api.Response> views = List.of(
                api.get("/api/admin/history/aggregates/UserAccount/" + userId, admin),
                api.get("/api/admin/history/aggregates/UserAccount/" + userId + asOf, admin),
                api.get(twoFactor, admin),
                api.get(twoFactor + asOf, admin),
                api.get("/api/admin/history/aggregates/ApiKey/" + keyId, admin),
                api.get("/api/admin/history/aggregates/ApiKey/" + keyId + asOf, admin),
                api.get("/api/admin/history/subjects/" + userId, admin));
        for (Api.Response view : views) {
            assertThat(view.status()).as(view.toString()).isEqualTo(200);
            assertThat(view.raw()).doesNotContain(secret).doesNotContain("$argon2");
            hashes.forEach(hash -> assertThat(view.raw()).doesNotContain(hash));
            assertOnlyRedacted(view.body());
        }
        JsonNode started = views.get(2).body().get(0);
        assertThat(started.get("eventType").asText()).isEqualTo("TwoFactorSetupStartedEvent");
        assertThat(started.get("payload").get("secret").asText()).isEqualTo("[redacted]");
        JsonNode state = views.get(3).body().get("state");
        assertThat(state.get("secret").asText()).isEqualTo("[redacted]");
        assertThat(state.get("unusedBackupCodes"))
                .hasSize(backupCodes.size() - 1)
                .allSatisfy(code -> assertThat(code.asText()).isEqualTo("[redacted]"));
        assertThat(views.get(6).body().findValuesAsText("eventType"))
                .contains("TwoFactorEnabledEvent", "BackupCodeUsedEvent", "ApiKeyRotatedEvent", "PasswordChangedEvent");
    }

    private static final Set<String> SECRET_NAMES = Set.of(
            "secret",
            "pendingSecret",
            "passwordHash",
            "tokenHash",
            "backupCodeHash",
            "backupCodeHashes",
            "unusedBackupCodes",
            "secretHash",
            "previousSecretHash",
            "pendingTokenHash",
            "pendingResetHash");

    /** Every value under a secret's name anywhere in the document is null or redacted. */
    private static void assertOnlyRedacted(JsonNode node) {
        node.fields().forEachRemaining(field -> {
            if (SECRET_NAMES.contains(field.getKey())) {
                JsonNode value = field.getValue();
                List<JsonNode> values = new ArrayList<>();
                if (value.isArray()) {
                    value.forEach(values::add);
                } else {
                    values.add(value);
                }
                values.forEach(v -> assertThat(v.isNull() || "[redacted]".equals(v.asText()))
                        .as(field.getKey() + " = " + v)
                        .isTrue());
            } else {
                assertOnlyRedacted(field.getValue());
            }
        });
        if (node.isArray()) {
            node.forEach(HistoryTest::assertOnlyRedacted);
        }
    }
}
