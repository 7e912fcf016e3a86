package org.muejam.infra.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;

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
        Api.Response response = api.send("GET", "/api/admin/history/aggregates/UserAccount/" + userId, null, null,
                adminToken(), Map.of("Accept", "application/x-ndjson"));
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
        assertThat(api.post("/api/auth/verify-email", Map.of("token", token), null).status()).isIn(200, 204);
        String admin = adminToken();

        JsonNode then = api.get("/api/admin/history/aggregates/UserAccount/" + userId + "?asOf=" + beforeVerification,
                admin).body();
        assertThat(then.get("existed").asBoolean()).isTrue();
        assertThat(then.get("state").get("emailVerified").asBoolean()).isFalse();
        JsonNode now = api.get("/api/admin/history/aggregates/UserAccount/" + userId + "?asOf=" + Instant.now(),
                admin).body();
        assertThat(now.get("state").get("emailVerified").asBoolean()).isTrue();
        assertThat(now.get("version").asLong()).isGreaterThan(then.get("version").asLong());
        JsonNode beforeAll = api.get("/api/admin/history/aggregates/UserAccount/" + userId
                + "?asOf=2000-01-01T00:00:00Z", admin).body();
        assertThat(beforeAll.get("existed").asBoolean()).isFalse();
    }

    @Test
    void aSubjectsHistoryHasEverythingByOrAboutThemInOrder() {
        String email = uniqueEmail("subject");
        String userId = register(email);
        String reader = login(email, PASSWORD);
        assertThat(api.put("/api/legal/cookie-consent", Map.of("essential", true, "analytics", true,
                "marketing", false), reader).status()).isEqualTo(200);
        String admin = adminToken();
        await("the audit view knows the cookie choice", java.time.Duration.ofSeconds(10), () ->
                auditEntries(admin, "userId=" + userId + "&actionType=CookieConsentRecorded").size() == 1);
        JsonNode events = api.get("/api/admin/history/subjects/" + userId, admin).body();
        assertThat(events.findValuesAsText("eventType")).containsExactly("UserRegisteredEvent",
                "EmailVerificationIssuedEvent", "ConsentRecordedEvent", "ConsentRecordedEvent", "UserLoggedInEvent",
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
        assertThat(api.get("/api/admin/history/aggregates/Spaceship/1", admin).status()).isEqualTo(404);
        assertThat(api.get("/api/admin/history/aggregates/UserAccount/no-such-user", admin).status()).isEqualTo(404);
        String userId = register(uniqueEmail("badasof"));
        Api.Response bad = api.get("/api/admin/history/aggregates/UserAccount/" + userId + "?asOf=yesterday", admin);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("field").asText()).isEqualTo("asOf");
    }
}
