package org.muejam.infra.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;

/** Bad input gets a 4xx problem document naming what is wrong, and nothing is stored. */
class BadInputTest extends IntegrationTest {

    @Test
    void malformedJsonIsRefusedAsAProblemAndStoresNothing() {
        long before = eventCount();
        Api.Response response = api.send(
                "POST", "/api/auth/register", "{\"email\": \"x@example.org\",", "application/json", null, Map.of());
        assertProblem(response, 400);
        assertThat(response.body().get("detail").asText()).contains("malformed");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void missingFieldsAreNamed() {
        long before = eventCount();
        Api.Response response = api.post("/api/auth/register", Map.of("email", uniqueEmail("nofields")), null);
        assertProblem(response, 400);
        assertThat(response.body().get("errors").toString())
                .contains("password", "displayName", "birthDate", "acceptedDocuments");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aFieldOfTheWrongTypeIsNamed() {
        Api.Response response = api.post(
                "/api/auth/register",
                Map.of(
                        "email",
                        uniqueEmail("badtype"),
                        "password",
                        PASSWORD,
                        "displayName",
                        "X",
                        "birthDate",
                        "not-a-date",
                        "acceptedDocuments",
                        List.of()),
                null);
        assertProblem(response, 400);
        assertThat(response.body().get("field").asText()).isEqualTo("birthDate");
    }

    @Test
    void unknownDocumentTypesAreRefusedEverywhere() {
        String admin = adminToken();
        String reader = login(registerAndGetEmail(), PASSWORD);
        long before = eventCount();
        Api.Response publish = api.post(
                "/api/legal/documents/cookie-recipes",
                Map.of("version", "1", "content", "x", "effectiveDate", "2026-01-01"),
                admin);
        assertProblem(publish, 404);
        assertThat(publish.body().get("detail").asText()).contains("cookie-recipes");
        assertProblem(api.get("/api/legal/documents/cookie-recipes", null), 404);
        assertProblem(api.get("/api/legal/documents/cookie-recipes/versions", null), 404);
        Api.Response register = api.post(
                "/api/auth/register",
                Map.of(
                        "email",
                        uniqueEmail("unknowndoc"),
                        "password",
                        PASSWORD,
                        "displayName",
                        "X",
                        "birthDate",
                        "1990-01-01",
                        "acceptedDocuments",
                        List.of(Map.of("type", "cookie-recipes", "version", "1"))),
                null);
        assertProblem(register, 400);
        assertThat(register.body().get("detail").asText()).contains("cookie-recipes");
        Api.Response consent =
                api.post("/api/legal/consent", Map.of("documentType", "cookie-recipes", "version", "1"), reader);
        assertProblem(consent, 400);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void oversizedBodiesAreRefusedWith413() {
        String admin = adminToken();
        long before = eventCount();
        String huge =
                "{\"version\":\"big\",\"effectiveDate\":\"2026-01-01\",\"content\":\"" + "a".repeat(1_100_000) + "\"}";
        Api.Response response =
                api.send("POST", "/api/legal/documents/content-policy", huge, "application/json", admin, Map.of());
        assertProblem(response, 413);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void consentToAnUnpublishedVersionIsRefused() {
        String reader = login(registerAndGetEmail(), PASSWORD);
        long before = eventCount();
        Api.Response consent = api.post(
                "/api/legal/consent", Map.of("documentType", "privacy-policy", "version", "never-published"), reader);
        assertProblem(consent, 404);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void weakPasswordsAndDuplicateEmailsAreRefused() {
        long before = eventCount();
        Api.Response weak = api.post(
                "/api/auth/register",
                Map.of(
                        "email",
                        uniqueEmail("weak"),
                        "password",
                        "password123",
                        "displayName",
                        "Weak",
                        "birthDate",
                        "1990-01-01",
                        "acceptedDocuments",
                        currentRequiredDocuments()),
                null);
        assertProblem(weak, 400);
        assertThat(weak.body().get("field").asText()).isEqualTo("password");
        assertThat(eventCount()).isEqualTo(before);

        String email = registerAndGetEmail();
        long afterFirst = eventCount();
        Api.Response duplicate = api.post(
                "/api/auth/register",
                Map.of(
                        "email",
                        email.toUpperCase(),
                        "password",
                        PASSWORD,
                        "displayName",
                        "Twin",
                        "birthDate",
                        "1990-01-01",
                        "acceptedDocuments",
                        currentRequiredDocuments()),
                null);
        assertProblem(duplicate, 409);
        assertThat(eventCount()).isEqualTo(afterFirst);
    }

    @Test
    void aDisplayNameWithPersonalDataIsRefusedNamingTheKindsNeverTheValues() {
        long before = eventCount();
        Api.Response refused = api.post(
                "/api/auth/register",
                Map.of(
                        "email",
                        uniqueEmail("profile-pii"),
                        "password",
                        PASSWORD,
                        "displayName",
                        "Call me on +1 415 555 0132",
                        "birthDate",
                        "1990-01-01",
                        "acceptedDocuments",
                        currentRequiredDocuments()),
                null);
        assertProblem(refused, 400);
        assertThat(refused.body().get("type").asText()).isEqualTo("/problems/personal-data-in-profile");
        assertThat(refused.body().get("field").asText()).isEqualTo("displayName");
        assertThat(refused.body().get("detail").asText()).contains("PHONE").doesNotContain("555");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aRefusedRegistrationLeavesNoVerificationTokenBehind() {
        long tokens = jdbc.queryForObject("SELECT count(*) FROM email_verification_token", Long.class);
        Api.Response child = api.post(
                "/api/auth/register",
                Map.of(
                        "email",
                        uniqueEmail("child"),
                        "password",
                        PASSWORD,
                        "displayName",
                        "Too Young",
                        "birthDate",
                        java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                                .minusYears(12)
                                .toString(),
                        "acceptedDocuments",
                        currentRequiredDocuments()),
                null);
        assertProblem(child, 400);
        assertThat(child.body().get("field").asText()).isEqualTo("birthDate");
        Api.Response duplicate = api.post(
                "/api/auth/register",
                Map.of(
                        "email",
                        registerAndGetEmail(),
                        "password",
                        PASSWORD,
                        "displayName",
                        "Twin",
                        "birthDate",
                        "1990-01-01",
                        "acceptedDocuments",
                        currentRequiredDocuments()),
                null);
        assertProblem(duplicate, 409);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM email_verification_token", Long.class))
                .as("one row, of the one registration that succeeded")
                .isEqualTo(tokens + 1);
    }

    @Test
    void registrationWithoutTheCurrentDocumentsIsRefused() {
        currentRequiredDocuments();
        long before = eventCount();
        Api.Response response = api.post(
                "/api/auth/register",
                Map.of(
                        "email",
                        uniqueEmail("noconsent"),
                        "password",
                        PASSWORD,
                        "displayName",
                        "No Consent",
                        "birthDate",
                        "1990-01-01",
                        "acceptedDocuments",
                        List.of()),
                null);
        assertProblem(response, 400);
        assertThat(response.body().get("detail").asText()).contains("terms-of-service", "privacy-policy");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void datesBeyondWhatTheReadModelsCanHoldAreRefusedNamingTheField() {
        String admin = adminToken();
        String reader = login(registerAndGetEmail(), PASSWORD);
        long before = eventCount();
        for (String date : new String[] {"+9999999-01-01", "10000-01-01", "1899-12-31", "-5000-01-01"}) {
            Api.Response publish = api.post(
                    "/api/legal/documents/content-policy",
                    Map.of("version", "far-" + date.replace("+", ""), "content", "x", "effectiveDate", date),
                    admin);
            assertProblem(publish, 400);
            assertThat(publish.body().get("field").asText()).as(date).isEqualTo("effectiveDate");
        }
        Api.Response ancient = api.post(
                "/api/auth/register",
                Map.of(
                        "email",
                        uniqueEmail("ancient"),
                        "password",
                        PASSWORD,
                        "displayName",
                        "Ancient",
                        "birthDate",
                        "-5000-01-01",
                        "acceptedDocuments",
                        currentRequiredDocuments()),
                null);
        assertProblem(ancient, 400);
        assertThat(ancient.body().get("field").asText()).isEqualTo("birthDate");
        for (String expiry : new String[] {
            "+300000-01-01T00:00:00Z",
            java.time.Instant.now().plus(java.time.Duration.ofDays(3700)).toString()
        }) {
            Api.Response key = api.post("/api/keys", Map.of("name", "forever", "expiresAt", expiry), reader);
            assertProblem(key, 400);
            assertThat(key.body().get("field").asText()).as(expiry).isEqualTo("expiresAt");
        }
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void adminEndpointsRefuseReadersAndStrangers() {
        String reader = login(registerAndGetEmail(), PASSWORD);
        assertProblem(api.get("/api/admin/audit-logs", null), 401);
        assertProblem(api.get("/api/admin/audit-logs", reader), 403);
        assertProblem(
                api.post(
                        "/api/legal/documents/terms-of-service",
                        Map.of("version", "r", "content", "x", "effectiveDate", "2026-01-01"),
                        reader),
                403);
        assertProblem(api.get("/api/users/me", "not-a-jwt"), 401);
    }

    @Test
    void wrongPasswordsAndUnknownAccountsGetTheSameAnswer() {
        String email = registerAndGetEmail();
        Api.Response wrong = api.post("/api/auth/login", Map.of("email", email, "password", "wrong-password-1"), null);
        Api.Response unknown =
                api.post("/api/auth/login", Map.of("email", uniqueEmail("nobody"), "password", PASSWORD), null);
        assertProblem(wrong, 401);
        assertProblem(unknown, 401);
        assertThat(wrong.body().get("detail")).isEqualTo(unknown.body().get("detail"));
    }

    @Test
    void badAuditQueryParametersAreNamed() {
        String admin = adminToken();
        assertThat(api.get("/api/admin/audit-logs?limit=0", admin)
                        .body()
                        .get("field")
                        .asText())
                .isEqualTo("limit");
        assertThat(api.get("/api/admin/audit-logs?cursor=not-a-cursor", admin).status())
                .isEqualTo(400);
        assertThat(api.get("/api/admin/audit-logs?from=yesterday", admin)
                        .body()
                        .get("field")
                        .asText())
                .isEqualTo("from");
        assertThat(api.get("/api/admin/audit-logs?to=%2B999999999-12-31", admin)
                        .body()
                        .get("field")
                        .asText())
                .isEqualTo("to");
        assertThat(api.get("/api/admin/audit-logs?from=%2B300000-01-01T00:00:00Z", admin)
                        .status())
                .isEqualTo(400);
    }

    private String registerAndGetEmail() {
        String email = uniqueEmail("bad-input");
        register(email);
        return email;
    }

    static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        assertThat(response.body().get("type").asText()).isNotBlank();
        assertThat(response.body().get("detail").asText()).isNotBlank();
    }
}
