package org.muejam.infra.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;

/** Every kind of response carries the security headers, refusals and errors included; Swagger UI has its own CSP. */
class SecurityHeadersTest extends IntegrationTest {

    private static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

    @Test
    void everyKindOfResponseCarriesTheSecurityAndRateLimitHeaders() {
        currentRequiredDocuments();
        String admin = adminToken();
        String email = uniqueEmail("headers");
        register(email);
        String reader = login(email, PASSWORD);
        Map<String, Supplier<Api.Response>> samples = new LinkedHashMap<>();
        samples.put("public GET", () -> api.get("/api/legal/documents/terms-of-service", null));
        samples.put("authenticated GET", () -> api.get("/api/users/me", reader));
        samples.put("admin", () -> api.get("/api/admin/audit-logs?limit=1", admin));
        samples.put(
                "POST command",
                () -> api.put(
                        "/api/legal/cookie-consent",
                        Map.of("essential", true, "analytics", false, "marketing", false),
                        reader));
        samples.put("401 without credentials", () -> api.get("/api/users/me", null));
        samples.put("401 with a bad token", () -> api.get("/api/users/me", "not-a-jwt"));
        samples.put("403", () -> api.get("/api/admin/audit-logs", reader));
        samples.put("404", () -> api.get("/api/nothing-here", reader));
        samples.put("400 problem", () -> api.post("/api/auth/register", Map.of(), null));
        samples.put("429", this::rateLimited);
        samples.put("actuator", () -> api.get("/actuator/health", null));
        samples.put("schema", () -> api.get("/api/schema", null));

        Map<String, Integer> expected = Map.of(
                "public GET",
                200,
                "authenticated GET",
                200,
                "admin",
                200,
                "POST command",
                200,
                "401 without credentials",
                401,
                "401 with a bad token",
                401,
                "403",
                403,
                "404",
                404,
                "400 problem",
                400,
                "429",
                429);
        samples.forEach((kind, call) -> {
            Api.Response response = call.get();
            if (expected.containsKey(kind)) {
                assertThat(response.status()).as(kind + ": " + response).isEqualTo(expected.get(kind));
            }
            assertThat(response.status()).as(kind).isLessThan(500);
            assertSecurityHeaders(kind, response);
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as(kind)
                    .get()
                    .asString()
                    .startsWith(API_CSP);
            assertThat(response.headers().firstValue("X-RateLimit-Limit"))
                    .as(kind)
                    .isPresent();
            assertThat(response.headers().firstValue("X-RateLimit-Remaining"))
                    .as(kind)
                    .isPresent();
            assertThat(response.headers().firstValue("X-RateLimit-Reset"))
                    .as(kind)
                    .isPresent();
        });
    }

    @Test
    void swaggerUiGetsAPolicyThatLetsItsOwnScriptsAndStylesRun() {
        Api.Response ui = api.get("/api/schema/swagger-ui/index.html", null);
        assertThat(ui.status()).isEqualTo(200);
        assertSecurityHeaders("swagger ui", ui);
        String csp = ui.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp)
                .contains("script-src 'self'")
                .contains("style-src 'self'")
                .contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-eval");
        assertThat(csp.split("script-src")[1].split(";")[0]).doesNotContain("unsafe-inline");
        Api.Response script = api.get("/api/schema/swagger-ui/swagger-initializer.js", null);
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Security-Policy")).contains(csp);
    }

    private Api.Response rateLimited() {
        Api client = new Api(port, json);
        Api.Response response = null;
        for (int i = 0; i < 6; i++) {
            response = client.post("/api/auth/login", Map.of("email", uniqueEmail("nobody"), "password", "x"), null);
        }
        return response;
    }

    private static void assertSecurityHeaders(String kind, Api.Response response) {
        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .as(kind)
                .contains("max-age=31536000; includeSubDomains");
        assertThat(response.headers().firstValue("X-Frame-Options")).as(kind).contains("DENY");
        assertThat(response.headers().firstValue("X-Content-Type-Options"))
                .as(kind)
                .contains("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).as(kind).contains("no-referrer");
        assertThat(response.headers().allValues("Content-Security-Policy"))
                .as(kind)
                .hasSize(1);
    }
}
