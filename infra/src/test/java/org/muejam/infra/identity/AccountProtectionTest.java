package org.muejam.infra.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.infra.support.Mailbox;

/**
 * Wrong passwords are recorded, alert the owner by mail and lock the account; a password reset by mail (single
 * use, one hour) unlocks it and ends every session. The suite runs with alert after 2 and lock after 3.
 */
class AccountProtectionTest extends IntegrationTest {

    @Test
    void repeatedWrongPasswordsAlertThenLockAndAResetUnlocks() {
        String email = uniqueEmail("locked");
        String userId = register(email);
        int mails = Mailbox.read(email).size();
        for (int i = 0; i < 3; i++) {
            assertThat(api.post("/api/auth/login", Map.of("email", email, "password", "Wrong-password-" + i), null)
                            .status())
                    .isEqualTo(401);
        }
        await(
                "the alert and the lock reached the mailbox",
                java.time.Duration.ofSeconds(20),
                () -> Mailbox.read(email).stream()
                                .skip(mails)
                                .filter(m -> m.subject().contains("Security alert")
                                        || m.subject().contains("locked"))
                                .count()
                        == 2);

        // while locked, right and wrong passwords get the same answer: it must not confirm a guess
        for (String password : new String[] {PASSWORD, "Wrong-password-again"}) {
            Api.Response locked = api.post("/api/auth/login", Map.of("email", email, "password", password), null);
            assertThat(locked.status()).as(locked.toString()).isEqualTo(403);
            assertThat(locked.body().get("type").asText()).endsWith("/account-locked");
            assertThat(locked.body().has("accessToken")).isFalse();
        }

        String admin = adminToken();
        JsonNode trail = auditEntries(admin, "userId=" + userId + "&limit=50");
        assertThat(trail.findValuesAsText("actionType"))
                .contains("LoginFailed", "SuspiciousLoginDetected", "AccountLocked");

        int before = Mailbox.read(email).size();
        assertThat(api.post("/api/auth/password-reset/request", Map.of("email", email), null)
                        .status())
                .isEqualTo(202);
        String token = Mailbox.awaitToken(email, before);
        Api.Response weak =
                api.post("/api/auth/password-reset/confirm", Map.of("token", token, "newPassword", "short"), null);
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.body().get("field").asText()).isEqualTo("password");
        String newPassword = "Brand-new-passphrase-9";
        assertThat(api.post(
                                "/api/auth/password-reset/confirm",
                                Map.of("token", token, "newPassword", newPassword),
                                null)
                        .status())
                .isEqualTo(204);
        assertThat(api.post(
                                "/api/auth/password-reset/confirm",
                                Map.of("token", token, "newPassword", newPassword),
                                null)
                        .status())
                .isEqualTo(400);

        assertThat(api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD), null)
                        .status())
                .isEqualTo(401);
        assertThat(login(email, newPassword)).isNotBlank();
        assertThat(auditEntries(admin, "userId=" + userId + "&actionType=PasswordChanged"))
                .hasSize(1);
    }

    @Test
    void aSignInFromANewNetworkAlertsTheOwner() {
        String email = uniqueEmail("new-network");
        String userId = register(email);
        String body = "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}";
        assertThat(api.send(
                                "POST",
                                "/api/auth/login",
                                body,
                                "application/json",
                                null,
                                Map.of("X-Forwarded-For", "198.51.100.77"))
                        .status())
                .isEqualTo(200);
        assertThat(auditEntries(adminToken(), "userId=" + userId + "&actionType=SuspiciousLoginDetected"))
                .isEmpty();

        assertThat(api.send(
                                "POST",
                                "/api/auth/login",
                                body,
                                "application/json",
                                null,
                                Map.of("X-Forwarded-For", "203.0.113.201"))
                        .status())
                .isEqualTo(200);
        JsonNode alerts = auditEntries(adminToken(), "userId=" + userId + "&actionType=SuspiciousLoginDetected");
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).get("ipAddress").asText()).isEqualTo("203.0.113.201");
        await(
                "the security alert reached the mailbox",
                java.time.Duration.ofSeconds(20),
                () -> Mailbox.read(email).stream()
                        .anyMatch(m -> m.subject().contains("Security alert")
                                && m.text().contains("network not seen before")));
    }

    @Test
    void aPasswordResetEndsEverySession() {
        String email = uniqueEmail("reset-sessions");
        register(email);
        String refresh = api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD), null)
                .body()
                .get("refreshToken")
                .asText();
        int before = Mailbox.read(email).size();
        api.post("/api/auth/password-reset/request", Map.of("email", email), null);
        String token = Mailbox.awaitToken(email, before);
        assertThat(api.post(
                                "/api/auth/password-reset/confirm",
                                Map.of("token", token, "newPassword", "Another-new-passphrase-3"),
                                null)
                        .status())
                .isEqualTo(204);
        assertThat(api.post("/api/auth/refresh", Map.of("refreshToken", refresh), null)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void resetRequestsForUnknownAddressesLookTheSame() {
        Api.Response unknown =
                api.post("/api/auth/password-reset/request", Map.of("email", uniqueEmail("nobody")), null);
        assertThat(unknown.status()).isEqualTo(202);
        Api.Response badToken = api.post(
                "/api/auth/password-reset/confirm",
                Map.of("token", "not-a-token", "newPassword", "Another-new-passphrase-3"),
                null);
        assertThat(badToken.status()).isEqualTo(400);
        assertThat(badToken.body().get("field").asText()).isEqualTo("token");
    }

    @Test
    void signInsStoredBeforeNetworksWereRecordedReadBackThroughTheUpcaster() throws Exception {
        String aggregateId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        try (Connection owner = ownerConnection();
                PreparedStatement insert = owner.prepareStatement("""
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                    time_stamp, payload_type, payload_revision, payload, meta_data)
                VALUES (?, ?, 0, 'UserAccount', ?, 'org.muejam.shared.identity.UserLoggedInEvent', '1', ?, ?)""")) {
            insert.setString(1, eventId);
            insert.setString(2, aggregateId);
            insert.setString(3, Instant.now().toString());
            insert.setBytes(
                    4, ("{\"userId\":\"" + aggregateId + "\",\"loggedInAt\":\"2026-01-02T03:04:05Z\"}").getBytes());
            insert.setBytes(5, "{}".getBytes());
            insert.executeUpdate();
        }
        authenticatePlanted(eventId);
        JsonNode events = api.get("/api/admin/history/aggregates/UserAccount/" + aggregateId, adminToken())
                .body();
        assertThat(events.get(0).get("eventType").asText()).isEqualTo("UserLoggedInEvent");
        assertThat(events.get(0).get("payload").get("loggedInAt").asText()).isEqualTo("2026-01-02T03:04:05Z");
        assertThat(events.get(0).get("payload").get("network").isNull()).isTrue();
    }
}
