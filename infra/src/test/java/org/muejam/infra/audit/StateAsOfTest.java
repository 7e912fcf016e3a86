package org.muejam.infra.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.Authenticator;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.infra.support.Mailbox;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.operations.EvictDeadLetterCommand;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The state as of an instant is rebuilt for every aggregate type the history offers, after every command the
 * aggregate knows: before it existed, at each of its events and now.
 */
class StateAsOfTest extends IntegrationTest {

    private static final String CHANGED_PASSWORD = "Changed-passphrase-44";

    @Autowired
    private CommandGateway commands;

    @Test
    void anAccountThroughEveryCommandItKnowsIsRebuiltAtEveryInstant() throws Exception {
        String email = uniqueEmail("every-command");
        String userId = register(email);
        assertThat(api.post("/api/auth/resend-verification", Map.of("email", email), null)
                        .status())
                .isEqualTo(202);
        String verificationToken = Mailbox.awaitToken(email, 1);
        Instant unverified = Instant.now();
        assertThat(api.post("/api/auth/verify-email", Map.of("token", verificationToken), null)
                        .status())
                .isIn(200, 204);
        login(email, PASSWORD);
        for (int i = 0; i < 3; i++) {
            api.post("/api/auth/login", Map.of("email", email, "password", "wrong-password-" + i), null);
        }
        Instant locked = Instant.now();
        int mails = Mailbox.read(email).size();
        api.post("/api/auth/password-reset/request", Map.of("email", email), null);
        String resetToken = Mailbox.awaitToken(email, mails);
        assertThat(api.post(
                                "/api/auth/password-reset/confirm",
                                Map.of("token", resetToken, "newPassword", CHANGED_PASSWORD),
                                null)
                        .status())
                .isEqualTo(204);
        String session = login(email, CHANGED_PASSWORD);
        Map<String, String> terms = currentRequiredDocuments().get(0);
        Api.Response consent = api.post(
                "/api/legal/consent",
                Map.of("documentType", terms.get("type"), "version", terms.get("version")),
                session);
        assertThat(consent.status()).as(consent.toString()).isEqualTo(201);

        api = new Api(port, json, Api.nextClientIp()); // the writes limit is per address
        String secret = api.post("/api/auth/2fa/setup", Map.of("password", CHANGED_PASSWORD), session)
                .body()
                .get("secret")
                .asText();
        Api.Response confirmed = api.post(
                "/api/auth/2fa/verify-setup",
                Map.of("code", Authenticator.code(secret, Instant.now().minusSeconds(30))),
                session);
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        Instant twoFactorOn = Instant.now();
        Api.Response passed = api.post(
                "/api/auth/2fa/verify",
                Map.of("challengeToken", challenge(email), "code", Authenticator.code(secret, Instant.now())),
                null);
        assertThat(passed.status()).as(passed.toString()).isEqualTo(200);
        Api.Response regenerated = api.post(
                "/api/auth/2fa/regenerate-backup-codes",
                Map.of("password", CHANGED_PASSWORD, "code", Authenticator.nextCode(secret)),
                session);
        assertThat(regenerated.status()).as(regenerated.toString()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        regenerated.body().get("backupCodes").forEach(code -> codes.add(code.asText()));
        Api.Response byBackupCode = api.post(
                "/api/auth/2fa/backup-code", Map.of("challengeToken", challenge(email), "code", codes.get(0)), null);
        assertThat(byBackupCode.status()).as(byBackupCode.toString()).isEqualTo(200);
        Api.Response off = api.send(
                "DELETE",
                "/api/auth/2fa",
                json.writeValueAsString(Map.of("password", CHANGED_PASSWORD, "code", codes.get(1))),
                "application/json",
                session,
                Map.of());
        assertThat(off.status()).as(off.toString()).isEqualTo(204);

        api = new Api(port, json, Api.nextClientIp());
        String admin = adminToken();
        List<String> types = eventTypes(admin, "UserAccount", userId);
        assertThat(types)
                .contains(
                        "UserRegisteredEvent",
                        "EmailVerificationIssuedEvent",
                        "EmailVerifiedEvent",
                        "UserLoggedInEvent",
                        "LoginFailedEvent",
                        "SuspiciousLoginDetectedEvent",
                        "AccountLockedEvent",
                        "PasswordResetRequestedEvent",
                        "PasswordChangedEvent",
                        "ConsentRecordedEvent");
        assertThat(eventTypes(admin, "TwoFactorAuthentication", "2fa:" + userId))
                .contains(
                        "TwoFactorSetupStartedEvent",
                        "TwoFactorEnabledEvent",
                        "SecondFactorPassedEvent",
                        "BackupCodesRegeneratedEvent",
                        "BackupCodeUsedEvent",
                        "TwoFactorDisabledEvent");
        assertRebuiltAtEveryInstant(admin, "UserAccount", userId);
        assertRebuiltAtEveryInstant(admin, "TwoFactorAuthentication", "2fa:" + userId);

        JsonNode beforeVerification = asOf(admin, "UserAccount", userId, unverified);
        assertThat(beforeVerification.at("/state/emailVerified").asBoolean()).isFalse();
        JsonNode whileLocked = asOf(admin, "UserAccount", userId, locked);
        assertThat(whileLocked.at("/state/emailVerified").asBoolean()).isTrue();
        assertThat(whileLocked.at("/state/consecutiveFailures").asInt()).isEqualTo(3);
        assertThat(whileLocked.at("/state/lockedUntil").isNull()).isFalse();
        JsonNode now = asOf(admin, "UserAccount", userId, Instant.now());
        assertThat(now.at("/state/lockedUntil").isNull()).isTrue();
        assertThat(now.at("/state/consecutiveFailures").asInt()).isZero();
        assertThat(asOf(admin, "TwoFactorAuthentication", "2fa:" + userId, twoFactorOn)
                        .at("/state/secret")
                        .asText())
                .isEqualTo("[redacted]");
        assertThat(asOf(admin, "TwoFactorAuthentication", "2fa:" + userId, Instant.now())
                        .at("/state/secret")
                        .isNull())
                .isTrue();
    }

    @Test
    void everyOtherAggregateTypeIsRebuiltAtEveryInstant() throws Exception {
        String email = uniqueEmail("other-types");
        String userId = register(email);
        String session = login(email, PASSWORD);
        String keyId = api.post("/api/keys", Map.of("name", "as-of bot"), session)
                .body()
                .get("id")
                .asText();
        assertThat(api.post("/api/keys/" + keyId + "/rotate", null, session).status())
                .isEqualTo(200);
        assertThat(api.send("DELETE", "/api/keys/" + keyId, null, null, session, Map.of())
                        .status())
                .isIn(200, 204);
        for (boolean analytics : List.of(true, false)) {
            assertThat(api.put(
                                    "/api/legal/cookie-consent",
                                    Map.of("essential", true, "analytics", analytics, "marketing", false),
                                    session)
                            .status())
                    .isEqualTo(200);
        }
        for (String nsfw : List.of("SHOW_ALL", "HIDE_NSFW")) {
            assertThat(api.put("/api/me/content-preferences", Map.of("nsfw", nsfw), session)
                            .status())
                    .isEqualTo(200);
        }
        String admin = adminToken();
        String adminId = api.get("/api/users/me", admin).body().get("id").asText();
        String projection = "projection:as-of-" + UUID.randomUUID();
        commands.sendAndWait(new EvictDeadLetterCommand(
                projection, "sequence", List.of(UUID.randomUUID().toString()), UserId.of(adminId), "as-of check"));
        String series = jdbc.queryForObject(
                "SELECT aggregate_identifier FROM domain_event_entry WHERE type = 'LegalDocumentSeries' LIMIT 1",
                String.class);

        assertRebuiltAtEveryInstant(admin, "ApiKey", keyId);
        assertRebuiltAtEveryInstant(admin, "CookieConsent", "user:" + userId);
        assertRebuiltAtEveryInstant(admin, "ContentPreferences", "content-preferences:" + userId);
        assertRebuiltAtEveryInstant(admin, "LegalDocumentSeries", series);
        assertRebuiltAtEveryInstant(admin, "Projection", projection);
        assertRebuiltAtEveryInstant(admin, "UserAccount", adminId);
    }

    @Test
    void instantsFarFromNowAreAnsweredOrRefusedAsProblems() {
        String userId = register(uniqueEmail("far-instants"));
        String admin = adminToken();
        String path = "/api/admin/history/aggregates/UserAccount/" + userId + "?asOf=";
        Api.Response yearZero = api.get(path + "0000-01-01T00:00:00Z", admin);
        assertThat(yearZero.status()).as(yearZero.toString()).isEqualTo(200);
        assertThat(yearZero.body().get("existed").asBoolean()).isFalse();
        Api.Response farFuture = api.get(path + "%2B99999-01-01T00:00:00Z", admin);
        assertThat(farFuture.status()).as(farFuture.toString()).isEqualTo(200);
        assertThat(farFuture.body().get("existed").asBoolean()).isTrue();
        for (String unrepresentable : List.of("%2B1000000001-01-01T00:00:00Z", "-1000000001-01-01T00:00:00Z")) {
            Api.Response refused = api.get(path + unrepresentable, admin);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body().get("field").asText()).isEqualTo("asOf");
        }
    }

    private String challenge(String email) {
        Api.Response login = api.post("/api/auth/login", Map.of("email", email, "password", CHANGED_PASSWORD), null);
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return login.body().get("challengeToken").asText();
    }

    private List<String> eventTypes(String admin, String type, String id) {
        Api.Response stream = api.get("/api/admin/history/aggregates/" + type + "/" + id, admin);
        assertThat(stream.status()).as(stream.toString()).isEqualTo(200);
        return stream.body().findValuesAsText("eventType");
    }

    /** Before the first event nothing existed; at each event's instant the version is the last event by then. */
    private void assertRebuiltAtEveryInstant(String admin, String type, String id) {
        Api.Response stream = api.get("/api/admin/history/aggregates/" + type + "/" + id, admin);
        assertThat(stream.status()).as(stream.toString()).isEqualTo(200);
        TreeMap<Instant, Long> versionAt = new TreeMap<>();
        for (JsonNode event : stream.body()) {
            versionAt.merge(
                    Instant.parse(event.get("occurredAt").asText()),
                    event.get("sequenceNumber").asLong(),
                    Math::max);
        }
        assertThat(versionAt).as(type + " " + id).isNotEmpty();
        JsonNode before = asOf(admin, type, id, versionAt.firstKey().minusMillis(1));
        assertThat(before.get("existed").asBoolean())
                .as(type + " before it existed")
                .isFalse();
        assertThat(before.get("state").isNull()).isTrue();
        for (Map.Entry<Instant, Long> at : versionAt.entrySet()) {
            JsonNode then = asOf(admin, type, id, at.getKey());
            assertThat(then.get("existed").asBoolean()).isTrue();
            assertThat(then.get("version").asLong())
                    .as(type + " as of " + at.getKey())
                    .isEqualTo(at.getValue());
            assertThat(then.get("state").isObject()).isTrue();
        }
        assertThat(asOf(admin, type, id, Instant.now()).get("version").asLong())
                .isEqualTo(versionAt.lastEntry().getValue());
    }

    private JsonNode asOf(String admin, String type, String id, Instant instant) {
        // a client of its own per read: the administrator's account has a version per sign-in of the whole suite,
        // more reads than one address may make in a minute
        Api.Response response = new Api(port, json, Api.nextClientIp())
                .get("/api/admin/history/aggregates/" + type + "/" + id + "?asOf=" + instant, admin);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }
}
