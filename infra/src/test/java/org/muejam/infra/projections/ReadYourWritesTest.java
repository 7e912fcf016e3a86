package org.muejam.infra.projections;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.infra.support.Mailbox;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Commands answer at commit with the position of their last event; a read waits for a position only when the client
 * asks; the platform's own flows need no waiting by the client.
 */
class ReadYourWritesTest extends IntegrationTest {

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void aCommandAnswersWithThePositionOfTheEventItStored() {
        String session = "rw-" + UUID.randomUUID();
        Api.Response answer = api.put(
                "/api/legal/cookie-consent", Map.of("analytics", true, "marketing", false, "sessionId", session), null);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        long stored = jdbc.queryForObject(
                "SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class,
                "session:" + session);
        assertThat(answer.headers().firstValue("X-Event-Position")).contains(Long.toString(stored));
    }

    @Test
    void aCommandThatStoresNothingSaysNoPosition() {
        Api.Response refused = api.put("/api/legal/cookie-consent", Map.of("analytics", true), null);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.headers().firstValue("X-Event-Position")).isEmpty();
    }

    @Test
    void commandsDoNotWaitForAStoppedProjectionButReadsThatAskForTheirWriteDo() {
        String admin = adminToken();
        StreamingEventProcessor documents = (StreamingEventProcessor)
                processing.eventProcessor(ReadModels.LEGAL_DOCUMENTS).orElseThrow();
        String version = "rw-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response published;
        documents.shutdownAsync().join();
        try {
            published = api.post(
                    "/api/legal/documents/content-policy",
                    Map.of("version", version, "content", "# Be kind", "effectiveDate", "2026-01-01"),
                    admin);
            assertThat(published.status()).as(published.toString()).isEqualTo(201);
            String position = published.headers().firstValue("X-Event-Position").orElseThrow();

            Api.Response behind = api.send(
                    "GET",
                    "/api/legal/documents/content-policy/versions",
                    null,
                    null,
                    null,
                    Map.of("X-Await-Position", position));
            assertThat(behind.status()).isEqualTo(503);
            assertThat(behind.contentType()).startsWith("application/problem+json");
            assertThat(behind.body().get("type").asText()).endsWith("/projection-behind");
            assertThat(behind.body().get("projections").get(0).asText()).isEqualTo(ReadModels.LEGAL_DOCUMENTS);
            assertThat(behind.headers().firstValue("Retry-After")).isPresent();

            // a read that does not ask is answered at once, from what the read model has
            Api.Response now = new Api(port, json)
                    .withoutReadYourWrites()
                    .get("/api/legal/documents/content-policy/versions", null);
            assertThat(now.status()).isEqualTo(200);
            assertThat(versions(now.body())).doesNotContain(version);
        } finally {
            documents.start();
        }
        Api.Response caughtUp = api.send(
                "GET",
                "/api/legal/documents/content-policy/versions",
                null,
                null,
                null,
                Map.of(
                        "X-Await-Position",
                        published.headers().firstValue("X-Event-Position").orElseThrow()));
        assertThat(caughtUp.status()).as(caughtUp.toString()).isEqualTo(200);
        assertThat(versions(caughtUp.body())).contains(version);
    }

    @Test
    void anAwaitPositionThatIsNoPositionIsRefused() {
        for (String bad : List.of("abc", "-1", "1.5", "99999999999999999999", "")) {
            Api.Response refused = api.send(
                    "GET",
                    "/api/legal/documents/terms-of-service/versions",
                    null,
                    null,
                    null,
                    Map.of("X-Await-Position", bad));
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body().get("field").asText()).isEqualTo("header X-Await-Position");
        }
    }

    @Test
    void registerVerifySignInAndWhoAmIWorkWithoutTheClientWaiting() {
        List<Map<String, String>> documents = currentRequiredDocuments();
        for (int i = 0; i < 3; i++) {
            Api client = new Api(port, json).withoutReadYourWrites();
            String email = uniqueEmail("flow");
            Api.Response registered = client.post(
                    "/api/auth/register",
                    Map.of(
                            "email",
                            email,
                            "password",
                            PASSWORD,
                            "displayName",
                            "Flow reader",
                            "birthDate",
                            "1990-05-17",
                            "acceptedDocuments",
                            documents),
                    null);
            assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
            Api.Response verified =
                    client.post("/api/auth/verify-email", Map.of("token", Mailbox.awaitToken(email, 0)), null);
            assertThat(verified.status()).as(verified.toString()).isEqualTo(204);

            Api.Response login = client.post("/api/auth/login", Map.of("email", email, "password", PASSWORD), null);
            assertThat(login.status()).as(login.toString()).isEqualTo(200);
            Api.Response me =
                    client.get("/api/users/me", login.body().get("accessToken").asText());
            assertThat(me.status()).as(me.toString()).isEqualTo(200);
            assertThat(me.body().get("emailVerified").asBoolean()).isTrue();
        }
    }

    @Test
    void aNewPasswordSignsInAtOnceAndAConsentShowsAtOnce() {
        Api client = new Api(port, json).withoutReadYourWrites();
        String email = uniqueEmail("reset");
        register(email);
        assertThat(client.post("/api/auth/password-reset/request", Map.of("email", email), null)
                        .status())
                .isIn(200, 202, 204);
        String token = Mailbox.awaitToken(email, 1);
        String newPassword = "Another-long-passphrase-9";
        Api.Response reset = client.post(
                "/api/auth/password-reset/confirm", Map.of("token", token, "newPassword", newPassword), null);
        assertThat(reset.status()).as(reset.toString()).isIn(200, 204);

        Api.Response login = client.post("/api/auth/login", Map.of("email", email, "password", newPassword), null);
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        String token2 = login.body().get("accessToken").asText();

        // a new version in effect today leaves this account something to consent to (which version is in effect
        // also depends on what other tests published: the test consents to whatever is pending)
        String admin = adminToken();
        String version = "rw-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.post(
                                "/api/legal/documents/terms-of-service",
                                Map.of(
                                        "version",
                                        version,
                                        "content",
                                        "# Terms, again",
                                        "effectiveDate",
                                        java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                                                .toString()),
                                admin)
                        .status())
                .isEqualTo(201);
        awaitReadModels();
        JsonNode pending =
                client.get("/api/legal/consent/status", token2).body().get("pending");
        assertThat(pending).isNotEmpty();
        for (JsonNode document : pending) {
            Api.Response consented = client.post(
                    "/api/legal/consent",
                    Map.of(
                            "documentType",
                            document.get("type").asText(),
                            "version",
                            document.get("version").asText()),
                    token2);
            assertThat(consented.status()).as(consented.toString()).isIn(200, 201, 204);
        }
        Api.Response status = client.get("/api/legal/consent/status", token2);
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.body().get("pending")).as(status.toString()).isEmpty();
    }

    private static List<String> versions(JsonNode list) {
        return java.util.stream.StreamSupport.stream(list.spliterator(), false)
                .map(v -> v.get("version").asText())
                .toList();
    }
}
