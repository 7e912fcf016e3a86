package org.muejam.infra.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.ExternalIssuer;
import org.muejam.infra.support.IntegrationTest;

/**
 * Every list in a request has a bound and names nothing twice, every string that ends in a bounded column is
 * refused at one character past its limit before anything is stored, and stored header values are cut short.
 */
class BoundedInputTest extends IntegrationTest {

    @Test
    void aRegistrationAcceptsAtMostTwentyDocumentsEachOnce() {
        List<Map<String, String>> documents = currentRequiredDocuments();
        List<Map<String, String>> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add(documents.get(i % documents.size()));
        }
        assertRefusedAndNothingStored(
                "/api/auth/register", registration(uniqueEmail("many"), many), null, "acceptedDocuments");

        List<Map<String, String>> twice = new ArrayList<>(documents);
        twice.add(documents.get(0));
        Api.Response duplicate = assertRefusedAndNothingStored(
                "/api/auth/register", registration(uniqueEmail("twice"), twice), null, "acceptedDocuments");
        assertThat(duplicate.body().get("type").asText()).isEqualTo("/problems/duplicate-accepted-document");

        List<Map<String, String>> twoVersions = new ArrayList<>(documents);
        twoVersions.add(Map.of("type", documents.get(0).get("type"), "version", "another"));
        assertRefusedAndNothingStored(
                "/api/auth/register", registration(uniqueEmail("versions"), twoVersions), null, "acceptedDocuments");
    }

    @Test
    void everyStringBoundForAColumnIsRefusedOneCharacterPastItsLimit() {
        List<Map<String, String>> documents = currentRequiredDocuments();
        Map<String, Object> longEmail = registration("a".repeat(64) + "@" + "b".repeat(252) + ".org", documents);
        assertThat(longEmail.get("email").toString()).hasSize(321);
        assertRefusedAndNothingStored("/api/auth/register", longEmail, null, "email");
        Map<String, Object> longName = registration(uniqueEmail("name"), documents);
        longName.put("displayName", "n".repeat(101));
        assertRefusedAndNothingStored("/api/auth/register", longName, null, "displayName");
        for (String part : List.of("type", "version")) {
            List<Map<String, String>> changed = new ArrayList<>(documents);
            Map<String, String> first = new HashMap<>(changed.get(0));
            first.put(part, "v".repeat(65));
            changed.set(0, first);
            assertRefusedAndNothingStored(
                    "/api/auth/register",
                    registration(uniqueEmail("part"), changed),
                    null,
                    "acceptedDocuments[0]." + part);
        }

        String email = uniqueEmail("bounds");
        register(email);
        String session = login(email, PASSWORD);
        assertRefusedAndNothingStored(
                "/api/legal/consent", Map.of("documentType", "d".repeat(65), "version", "1"), session, "documentType");
        assertRefusedAndNothingStored(
                "/api/legal/consent",
                Map.of("documentType", "terms-of-service", "version", "v".repeat(65)),
                session,
                "version");
        assertRefusedAndNothingStored("/api/keys", Map.of("name", "k".repeat(101)), session, "name");
        long before = eventCount();
        Api.Response cookie = api.put(
                "/api/legal/cookie-consent",
                Map.of("analytics", true, "marketing", false, "sessionId", "s".repeat(129)),
                null);
        assertProblem(cookie, 400, "sessionId");
        assertThat(eventCount()).isEqualTo(before);
        awaitReadModels();
    }

    @Test
    void anExternalSubjectLongerThanOpenIdConnectAllowsIsRefusedAtTheDoorAndOneThatFitsActsAsItsLocalAccount() {
        String tooLong = ExternalIssuer.token(ExternalIssuer.KEY, ExternalIssuer.ISSUER, "l".repeat(256));
        long before = eventCount();
        Api.Response refused = api.post("/api/keys", Map.of("name", "external bot"), tooLong);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
        assertThat(refused.body().get("type").asText()).isEqualTo("/problems/token-subject");
        assertThat(api.post(
                                "/api/auth/oidc/register",
                                Map.of(
                                        "displayName",
                                        "Long subject",
                                        "birthDate",
                                        "1990-05-17",
                                        "acceptedDocuments",
                                        currentRequiredDocuments()),
                                tooLong)
                        .status())
                .isEqualTo(401);
        assertThat(eventCount()).isEqualTo(before);

        String subject = "f".repeat(255);
        String fits = ExternalIssuer.tokenWithVerifiedEmail(subject, uniqueEmail("long-subject"));
        Api.Response registered = api.post(
                "/api/auth/oidc/register",
                Map.of(
                        "displayName",
                        "Long subject",
                        "birthDate",
                        "1990-05-17",
                        "acceptedDocuments",
                        currentRequiredDocuments()),
                fits);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        Api.Response created = api.post("/api/keys", Map.of("name", "external bot"), fits);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        awaitReadModels();
        assertThat(jdbc.queryForObject(
                        "SELECT owner_id FROM api_key WHERE key_id = ?",
                        String.class,
                        created.body().get("id").asText()))
                .isEqualTo(registered.body().get("userId").asText());
        assertThat(jdbc.queryForObject(
                        "SELECT user_id FROM external_identity_directory WHERE subject = ?", String.class, subject))
                .isEqualTo(registered.body().get("userId").asText());
    }

    @Test
    void aLongUserAgentIsStoredCutToFiveHundredTwelveCharacters() {
        String email = uniqueEmail("agent");
        Map<String, Object> body = registration(email, currentRequiredDocuments());
        Api.Response registered = api.send(
                "POST",
                "/api/auth/register",
                json.valueToTree(body).toString(),
                "application/json",
                null,
                Map.of("User-Agent", "Agent/1.0 " + "x".repeat(600)));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String userId = registered.body().get("userId").asText();
        JsonNode events = api.get("/api/admin/history/aggregates/UserAccount/" + userId, adminToken())
                .body();
        int consents = 0;
        for (JsonNode event : events) {
            assertThat(event.at("/metadata/userAgent").asText()).hasSize(512).startsWith("Agent/1.0 ");
            if (event.get("eventType").asText().equals("ConsentRecordedEvent")) {
                consents++;
                assertThat(event.at("/payload/userAgent").asText()).hasSize(512);
            }
        }
        assertThat(consents).isEqualTo(2);
        awaitReadModels();
    }

    private Map<String, Object> registration(String email, List<Map<String, String>> documents) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", email);
        body.put("password", PASSWORD);
        body.put("displayName", "Bounded reader");
        body.put("birthDate", "1990-05-17");
        body.put("acceptedDocuments", documents);
        return body;
    }

    private Api.Response assertRefusedAndNothingStored(String path, Object body, String token, String field) {
        long before = eventCount();
        Api.Response response = api.post(path, body, token);
        assertProblem(response, 400, field);
        assertThat(eventCount()).as("nothing is stored").isEqualTo(before);
        awaitReadModels();
        return response;
    }

    private static void assertProblem(Api.Response response, int status, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("field").asText())
                .as(response.toString())
                .isEqualTo(field);
    }
}
