package org.muejam.infra.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.ExternalIssuer;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.infra.support.Mailbox;

/**
 * Tokens of an external OpenID Connect issuer (Clerk, for one), checked against its JWKS served over HTTP: only
 * tokens meant for this platform's audience count, and they sign in to a local account, registered with the token
 * under the rules of any registration, never to a bare user with no account behind it.
 */
class ExternalIssuerTest extends IntegrationTest {

    private static final String REGISTER = "/api/auth/oidc/register";

    private static String newSubject() {
        return "user_" + UUID.randomUUID().toString().replace("-", "");
    }

    private Map<String, Object> externalRegistration(String birthDate, List<Map<String, String>> documents) {
        Map<String, Object> body = new HashMap<>();
        body.put("displayName", "Outside Reader");
        body.put("birthDate", birthDate);
        body.put("acceptedDocuments", documents);
        return body;
    }

    private static void assertProblem(Api.Response response, int status, String type) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        assertThat(response.body().get("type").asText()).as(response.toString()).isEqualTo("/problems/" + type);
    }

    @Test
    void aTokenSignedByAnotherKeyOrForAnotherIssuerIsRefused() throws Exception {
        var stranger = new RSAKeyGenerator(2048).keyID("test-key").generate();
        assertProblem(
                api.get("/api/users/me", ExternalIssuer.token(stranger, ExternalIssuer.ISSUER)), 401, "unauthorized");
        assertProblem(
                api.get("/api/users/me", ExternalIssuer.token(ExternalIssuer.KEY, "https://elsewhere.example.test")),
                401,
                "unauthorized");
    }

    @Test
    void aTokenNotMeantForThisPlatformsAudienceIsRefused() {
        String otherApp = ExternalIssuer.token(
                ExternalIssuer.KEY, ExternalIssuer.ISSUER, newSubject(), Map.of("aud", "some-other-app"));
        Api.Response refused = api.get("/api/users/me", otherApp);
        assertProblem(refused, 401, "token-audience");
        assertThat(refused.body().get("detail").asText()).contains(ExternalIssuer.AUDIENCE);

        Map<String, Object> noAudience = new HashMap<>();
        noAudience.put("aud", null);
        assertProblem(
                api.get(
                        "/api/users/me",
                        ExternalIssuer.token(ExternalIssuer.KEY, ExternalIssuer.ISSUER, newSubject(), noAudience)),
                401,
                "token-audience");
        assertProblem(
                api.post(REGISTER, externalRegistration("1990-05-17", currentRequiredDocuments()), otherApp),
                401,
                "token-audience");
    }

    @Test
    void aSubjectOpenIdConnectDoesNotAllowIsRefusedBeforeAnythingIsStored() {
        Map<String, Object> body = externalRegistration("1990-05-17", currentRequiredDocuments());
        long before = eventCount();
        for (String subject : List.of("s".repeat(256), "user\u0000nul", "user\u0085next", "")) {
            String token = ExternalIssuer.token(ExternalIssuer.KEY, ExternalIssuer.ISSUER, subject);
            assertProblem(api.get("/api/users/me", token), 401, "token-subject");
            assertProblem(api.post(REGISTER, body, token), 401, "token-subject");
        }
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void anIdentityWithNoAccountIsToldToRegisterAndHoldsNoRole() {
        String token = ExternalIssuer.token(ExternalIssuer.KEY, ExternalIssuer.ISSUER, newSubject());

        Api.Response me = api.get("/api/users/me", token);
        assertProblem(me, 403, "external-account-not-linked");
        assertThat(me.body().get("register").asText()).isEqualTo(REGISTER);
        assertThat(me.body().get("detail").asText()).contains(REGISTER);
        assertProblem(api.post("/api/keys", Map.of("name", "bot"), token), 403, "external-account-not-linked");
        // the token claims to be an administrator: it is not even a user
        assertProblem(api.get("/api/admin/audit-logs", token), 403, "external-account-not-linked");
        // what anyone may read, such a token may read too: the documents to accept before registering
        assertThat(api.get("/api/legal/documents/terms-of-service", token).status())
                .isIn(200, 404);
    }

    @Test
    void registeringUnderThirteenIsRefusedAsAnyRegistrationIs() {
        List<Map<String, String>> documents = currentRequiredDocuments();
        String child = java.time.LocalDate.now().minusYears(13).plusDays(1).toString();
        Map<String, Object> plain = new HashMap<>(externalRegistration(child, documents));
        plain.put("email", uniqueEmail("child"));
        plain.put("password", PASSWORD);
        Api.Response ordinary = api.post("/api/auth/register", plain, null);

        String token = ExternalIssuer.tokenWithVerifiedEmail(newSubject(), uniqueEmail("child-ext"));
        long before = eventCount();
        Api.Response external = api.post(REGISTER, externalRegistration(child, documents), token);

        assertProblem(external, ordinary.status(), "age-requirement-not-met");
        assertThat(external.body().get("type")).isEqualTo(ordinary.body().get("type"));
        assertThat(eventCount()).isEqualTo(before);
        assertProblem(api.get("/api/users/me", token), 403, "external-account-not-linked");
    }

    @Test
    void registeringWithoutTheRequiredConsentsIsRefusedAsAnyRegistrationIs() {
        List<Map<String, String>> termsOnly = currentRequiredDocuments().subList(0, 1);
        Map<String, Object> plain = new HashMap<>(externalRegistration("1990-05-17", termsOnly));
        plain.put("email", uniqueEmail("noconsent"));
        plain.put("password", PASSWORD);
        Api.Response ordinary = api.post("/api/auth/register", plain, null);

        String token = ExternalIssuer.tokenWithVerifiedEmail(newSubject(), uniqueEmail("noconsent-ext"));
        Api.Response external = api.post(REGISTER, externalRegistration("1990-05-17", termsOnly), token);

        assertProblem(external, ordinary.status(), "consent-required");
        assertThat(external.body().get("type")).isEqualTo(ordinary.body().get("type"));
        assertProblem(api.get("/api/users/me", token), 403, "external-account-not-linked");
    }

    @Test
    void aRegisteredIdentitySignsInToItsLocalAccountWithEveryTokenAndRegistersOnce() {
        String subject = newSubject();
        String email = uniqueEmail("outside");
        String token = ExternalIssuer.tokenWithVerifiedEmail(subject, email);

        Api.Response registered =
                api.post(REGISTER, externalRegistration("1990-05-17", currentRequiredDocuments()), token);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String userId = registered.body().get("userId").asText();

        Api.Response me = api.get("/api/users/me", token);
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.body().get("id").asText()).isEqualTo(userId);
        assertThat(me.body().get("email").asText()).isEqualTo(email);
        assertThat(me.body().get("emailVerified").asBoolean()).isTrue();
        assertThat(me.body().get("roles")).extracting(JsonNode::asText).containsExactly("USER");

        String later = ExternalIssuer.token(ExternalIssuer.KEY, ExternalIssuer.ISSUER, subject);
        assertThat(api.get("/api/users/me", later).body().get("id").asText()).isEqualTo(userId);
        // the token's own "roles" claim counts for nothing: the account's roles do
        assertProblem(api.get("/api/admin/audit-logs", later), 403, "forbidden");

        Api.Response again = api.post(REGISTER, externalRegistration("1990-05-17", currentRequiredDocuments()), later);
        assertProblem(again, 409, "external-identity-already-linked");

        Api.Response key = api.post("/api/keys", Map.of("name", "outside bot"), later);
        assertThat(key.status()).as(key.toString()).isEqualTo(201);
        awaitReadModels();
        assertThat(jdbc.queryForObject(
                        "SELECT owner_id FROM api_key WHERE key_id = ?",
                        String.class,
                        key.body().get("id").asText()))
                .isEqualTo(userId);

        String admin = adminToken();
        JsonNode history = api.get("/api/admin/history/aggregates/UserAccount/" + userId, admin)
                .body();
        JsonNode linked = null;
        for (JsonNode event : history) {
            assertThat(event.at("/metadata/actorId").asText()).isEqualTo(userId);
            if (event.get("eventType").asText().equals("ExternalIdentityLinkedEvent")) {
                linked = event;
            }
        }
        assertThat(linked).as(history.toString()).isNotNull();
        assertThat(linked.at("/payload/issuer").asText()).isEqualTo(ExternalIssuer.ISSUER);
        assertThat(linked.at("/payload/subject").asText()).isEqualTo(subject);
        // the history's fold knows the new way an account begins
        Api.Response state = api.get(
                "/api/admin/history/aggregates/UserAccount/" + userId + "?asOf="
                        + linked.get("occurredAt").asText(),
                admin);
        assertThat(state.status()).as(state.toString()).isEqualTo(200);
        assertThat(state.body().get("existed").asBoolean()).isTrue();
    }

    @Test
    void withoutAnAddressTheIssuerVouchesForTheBodyNamesOneAndAMailedLinkVerifiesIt() {
        String subject = newSubject();
        String token = ExternalIssuer.token(
                ExternalIssuer.KEY,
                ExternalIssuer.ISSUER,
                subject,
                Map.of("email", uniqueEmail("unverified"), "email_verified", false));
        Map<String, Object> body = externalRegistration("1990-05-17", currentRequiredDocuments());

        Api.Response missing = api.post(REGISTER, body, token);
        assertProblem(missing, 400, "email-required");
        assertThat(missing.body().get("field").asText()).isEqualTo("email");

        String email = uniqueEmail("named");
        body.put("email", email);
        int mailsBefore = Mailbox.read(email).size();
        Api.Response registered = api.post(REGISTER, body, token);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);

        assertThat(api.get("/api/users/me", token).body().get("emailVerified").asBoolean())
                .isFalse();
        String link = Mailbox.awaitToken(email, mailsBefore);
        assertThat(api.post("/api/auth/verify-email", Map.of("token", link), null)
                        .status())
                .isEqualTo(204);
        await(
                "the address is verified",
                java.time.Duration.ofSeconds(10),
                () -> api.get("/api/users/me", token)
                        .body()
                        .get("emailVerified")
                        .asBoolean());
    }

    @Test
    void theRegistrationEndpointTakesOnlyTheExternalIssuersToken() {
        Map<String, Object> body = externalRegistration("1990-05-17", currentRequiredDocuments());
        assertProblem(api.post(REGISTER, body, null), 401, "external-token-required");

        String email = uniqueEmail("local");
        register(email);
        assertProblem(api.post(REGISTER, body, login(email, PASSWORD)), 403, "external-token-required");
    }
}
