package org.muejam.infra.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;

/**
 * What a library says about a failure is for the log: a refusal's detail is the platform's own fixed text, so it
 * neither reflects the input back through a library's wording nor names the classes behind the platform.
 */
class LibraryMessageTest extends IntegrationTest {

    private static final List<String> INTERNALS =
            List.of("com.fasterxml", "org.springframework", "com.nimbusds", "java.", "Exception", "Jwt", "JWT");

    @Test
    void aMalformedBearerTokenIsRefusedInThePlatformsWords() {
        for (String token : List.of("not-a-jwt-Xq7Distinct", "eyJhbGciOiJIUzI1NiJ9.Xq7Distinct.c2ln")) {
            Api.Response refused =
                    api.send("GET", "/api/users/me", null, null, null, Map.of("Authorization", "Bearer " + token));
            assertOwnWords(refused, 401, "Xq7Distinct", "decode", "Malformed token", "serialization", "delimiter");
        }
    }

    @Test
    void aBodyInAnUnknownCharsetIsRefusedInThePlatformsWords() {
        Api.Response refused = api.send(
                "POST",
                "/api/auth/resend-verification",
                "{\"email\":\"a@example.org\"}",
                "application/json; charset=Xq7Distinct-charset",
                null,
                Map.of());
        assertOwnWords(refused, refused.status() == 415 ? 415 : 400, "Xq7Distinct");
    }

    @Test
    void malformedJsonIsRefusedWithoutQuotingTheParser() {
        Api.Response refused = api.send(
                "POST",
                "/api/auth/resend-verification",
                "{\"email\": Xq7Distinct}",
                "application/json",
                null,
                Map.of());
        assertOwnWords(refused, 400, "Xq7Distinct", "Unrecognized token", "line:", "column:");
    }

    @Test
    void aValueOfTheWrongTypeIsNamedByItsFieldAlone() {
        Api.Response refused = api.send(
                "POST",
                "/api/auth/login",
                "{\"email\": {\"Xq7Distinct\": 1}, \"password\": \"x\"}",
                "application/json",
                null,
                Map.of());
        assertOwnWords(refused, 400, "Xq7Distinct", "START_OBJECT", "Cannot deserialize");
        assertThat(refused.body().get("field").asText()).isEqualTo("email");
    }

    private static void assertOwnWords(Api.Response response, int status, String... echoes) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        String detail = response.body().get("detail").asText();
        assertThat(detail).as(response.toString()).isNotBlank();
        for (String word : INTERNALS) {
            assertThat(detail).as(response.toString()).doesNotContain(word);
        }
        for (String echo : echoes) {
            assertThat(detail).as(response.toString()).doesNotContainIgnoringCase(echo);
        }
    }
}
