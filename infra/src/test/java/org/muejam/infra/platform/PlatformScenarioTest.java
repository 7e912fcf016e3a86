package org.muejam.infra.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.infra.support.Mailbox;

/**
 * The spine end to end, as a client and compliance staff see it: legal documents, registration with age and
 * consent rules, email verification by mail, sign-in, re-consent after a new version, the audit trail, and the
 * tamper-evident seal catching a changed, a deleted and an inserted event.
 */
class PlatformScenarioTest extends IntegrationTest {

    @Test
    void aNewReaderJoinsReconsentsAndTheAuditTrailProvesItUntampered() throws Exception {
        String admin = adminToken();
        String version = "s-" + UUID.randomUUID().toString().substring(0, 6);
        for (String type : List.of("terms-of-service", "privacy-policy")) {
            Api.Response published = api.post(
                    "/api/legal/documents/" + type,
                    Map.of("version", version, "content", "# " + type + " " + version, "effectiveDate", "2026-01-01"),
                    admin);
            assertThat(published.status()).as(published.toString()).isEqualTo(201);
        }
        Api.Response tos = api.get("/api/legal/documents/terms-of-service", null);
        assertThat(tos.body().get("version").asText()).isEqualTo(version);
        assertThat(tos.body().get("content").asText()).contains(version);
        assertThat(tos.body().get("effectiveDate").asText()).isEqualTo("2026-01-01");
        List<Map<String, String>> accepted = List.of(
                Map.of("type", "terms-of-service", "version", version),
                Map.of("type", "privacy-policy", "version", version));

        long before = eventCount();
        Api.Response child = api.post(
                "/api/auth/register",
                Map.of(
                        "email",
                        uniqueEmail("child"),
                        "password",
                        PASSWORD,
                        "displayName",
                        "Young Reader",
                        "birthDate",
                        yearsAgo(12),
                        "acceptedDocuments",
                        accepted),
                null);
        assertThat(child.status()).isBetween(400, 499);
        assertThat(child.contentType()).startsWith("application/problem+json");
        assertThat(child.body().get("field").asText()).isEqualTo("birthDate");
        assertThat(eventCount()).isEqualTo(before);

        String email = uniqueEmail("reader");
        Api.Response registered = api.post(
                "/api/auth/register",
                Map.of(
                        "email",
                        email,
                        "password",
                        PASSWORD,
                        "displayName",
                        "Ada Reader",
                        "birthDate",
                        yearsAgo(30),
                        "acceptedDocuments",
                        accepted),
                null);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String userId = registered.body().get("userId").asText();

        String token = Mailbox.awaitToken(email, 0);
        Api.Response verified = api.post("/api/auth/verify-email", Map.of("token", token), null);
        assertThat(verified.status()).as(verified.toString()).isIn(200, 204);

        Api.Response login = api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD), null);
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body().get("refreshToken").asText()).isNotBlank();
        assertThat(login.body().get("expiresIn").asLong()).isPositive();
        String reader = login.body().get("accessToken").asText();
        JsonNode me = api.get("/api/users/me", reader).body();
        assertThat(me.get("id").asText()).isEqualTo(userId);
        assertThat(me.get("email").asText()).isEqualTo(email);
        assertThat(me.get("displayName").asText()).isEqualTo("Ada Reader");
        assertThat(me.get("emailVerified").asBoolean()).isTrue();
        assertThat(me.get("roles").toString()).contains("USER");

        assertThat(api.get("/api/legal/consent/status", reader).body().get("pending"))
                .isEmpty();

        String newVersion = version + "-2";
        assertThat(api.post(
                                "/api/legal/documents/terms-of-service",
                                Map.of(
                                        "version",
                                        newVersion,
                                        "content",
                                        "# updated terms",
                                        "effectiveDate",
                                        "2026-01-01"),
                                admin)
                        .status())
                .isEqualTo(201);
        JsonNode pending = api.get("/api/legal/consent/status", reader).body().get("pending");
        assertThat(pending).hasSize(1);
        assertThat(pending.get(0).get("type").asText()).isEqualTo("terms-of-service");
        assertThat(pending.get(0).get("version").asText()).isEqualTo(newVersion);

        Api.Response consent = api.post(
                "/api/legal/consent", Map.of("documentType", "terms-of-service", "version", newVersion), reader);
        assertThat(consent.status()).as(consent.toString()).isEqualTo(201);
        assertThat(api.get("/api/legal/consent/status", reader).body().get("pending"))
                .isEmpty();

        JsonNode trail = auditEntries(admin, "userId=" + userId + "&limit=100");
        List<String> actions = new ArrayList<>();
        for (JsonNode entry : trail) {
            actions.add(entry.get("actionType").asText());
            assertThat(entry.get("actorId").asText()).isEqualTo(userId);
            assertThat(entry.get("ipAddress").asText()).isEqualTo(api.clientIp());
            assertThat(entry.get("userAgent").asText()).isEqualTo("muejam-integration-test");
            assertThat(entry.get("resourceId").asText()).isEqualTo(userId);
            assertThat(entry.get("occurredAt").asText()).isNotBlank();
        }
        assertThat(actions)
                .containsSubsequence(
                        "ConsentRecorded",
                        "UserLoggedIn",
                        "EmailVerified",
                        "ConsentRecorded",
                        "ConsentRecorded",
                        "EmailVerificationIssued",
                        "UserRegistered");
        JsonNode published =
                auditEntries(admin, "actionType=LegalDocumentPublished&resourceId=terms-of-service&limit=1");
        assertThat(published.get(0).get("actorId").asText())
                .isEqualTo(me(admin).get("id").asText());

        JsonNode ok = sealedVerdict(admin);
        assertThat(ok.get("status").asText()).isEqualTo("OK");
        assertThat(ok.get("eventsVerified").asLong()).isGreaterThanOrEqualTo(eventCount());

        String consentEvent = trail.get(0).get("eventId").asText();
        tamperedPayloadIsNamed(admin, consentEvent);
        deletedEventIsNamed(admin, trail.get(1).get("eventId").asText());
        insertedEventIsNamed(admin, consentEvent);
        assertThat(api.get("/api/admin/audit/verify", admin)
                        .body()
                        .get("status")
                        .asText())
                .isEqualTo("OK");
    }

    private void tamperedPayloadIsNamed(String admin, String eventId) throws Exception {
        byte[] original = jdbc.queryForObject(
                "SELECT payload FROM domain_event_entry WHERE event_identifier = ?", byte[].class, eventId);
        asOwnerWithoutTrigger(
                "UPDATE domain_event_entry SET payload = ? WHERE event_identifier = ?",
                "{\"forged\":true}".getBytes(),
                eventId);
        try {
            JsonNode broken = api.get("/api/admin/audit/verify", admin).body();
            assertThat(broken.get("status").asText()).isEqualTo("BROKEN");
            assertThat(broken.get("firstBrokenEvent").get("eventId").asText()).isEqualTo(eventId);
            assertThat(broken.get("firstBrokenEvent").get("problem").asText()).isEqualTo("MODIFIED");
        } finally {
            asOwnerWithoutTrigger(
                    "UPDATE domain_event_entry SET payload = ? WHERE event_identifier = ?", original, eventId);
        }
    }

    private void deletedEventIsNamed(String admin, String eventId) throws Exception {
        try (Connection owner = ownerConnection()) {
            Map<String, Object> row =
                    jdbc.queryForMap("SELECT * FROM domain_event_entry WHERE event_identifier = ?", eventId);
            asOwnerWithoutTrigger("DELETE FROM domain_event_entry WHERE event_identifier = ?", eventId);
            try {
                JsonNode broken = api.get("/api/admin/audit/verify", admin).body();
                assertThat(broken.get("status").asText()).isEqualTo("BROKEN");
                assertThat(broken.get("firstBrokenEvent").get("eventId").asText())
                        .isEqualTo(eventId);
                assertThat(broken.get("firstBrokenEvent").get("problem").asText())
                        .isEqualTo("DELETED");
            } finally {
                List<String> columns = new ArrayList<>(row.keySet());
                String sql = "INSERT INTO domain_event_entry (" + String.join(", ", columns) + ") VALUES ("
                        + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
                try (PreparedStatement insert = owner.prepareStatement(sql)) {
                    for (int i = 0; i < columns.size(); i++) {
                        insert.setObject(i + 1, row.get(columns.get(i)));
                    }
                    insert.executeUpdate();
                }
            }
        }
    }

    private void insertedEventIsNamed(String admin, String templateEventId) throws Exception {
        String forgedId = UUID.randomUUID().toString();
        try (Connection owner = ownerConnection();
                PreparedStatement insert = owner.prepareStatement("""
                     INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier,
                         sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)
                     SELECT 0, ?, aggregate_identifier, sequence_number + 100000, type, time_stamp, payload_type,
                         payload_revision, payload, meta_data FROM domain_event_entry WHERE event_identifier = ?""")) {
            insert.setString(1, forgedId);
            insert.setString(2, templateEventId);
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }
        try {
            JsonNode broken = api.get("/api/admin/audit/verify", admin).body();
            assertThat(broken.get("status").asText()).isEqualTo("BROKEN");
            assertThat(broken.get("firstBrokenEvent").get("eventId").asText()).isEqualTo(forgedId);
            assertThat(broken.get("firstBrokenEvent").get("problem").asText()).isEqualTo("INSERTED");
        } finally {
            asOwnerWithoutTrigger("DELETE FROM domain_event_entry WHERE event_identifier = ?", forgedId);
        }
    }

    private void asOwnerWithoutTrigger(String sql, Object... args) throws Exception {
        try (Connection owner = ownerConnection()) {
            owner.setAutoCommit(false);
            try (Statement ddl = owner.createStatement()) {
                ddl.execute("ALTER TABLE domain_event_entry DISABLE TRIGGER domain_event_entry_append_only");
            }
            try (PreparedStatement statement = owner.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    statement.setObject(i + 1, args[i]);
                }
                assertThat(statement.executeUpdate()).isEqualTo(1);
            }
            try (Statement ddl = owner.createStatement()) {
                ddl.execute("ALTER TABLE domain_event_entry ENABLE TRIGGER domain_event_entry_append_only");
            }
            owner.commit();
        }
    }

    private JsonNode me(String token) {
        return api.get("/api/users/me", token).body();
    }

    private static String yearsAgo(int years) {
        return java.time.LocalDate.now().minusYears(years).minusDays(1).toString();
    }
}
