package org.muejam.infra.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;

/** Health per dependency, metrics, the API schema, and request ids that follow a command into the audit trail. */
class OperationsTest extends IntegrationTest {

    @Test
    void healthHasAComponentPerDependencyAndProbeGroups() {
        Api.Response health = api.get("/actuator/health", null);
        assertThat(health.status()).isEqualTo(200);
        JsonNode components = health.body().get("components");
        for (String component : new String[] {"db", "redis", "elasticsearch", "eventProcessors"}) {
            assertThat(components.get(component).get("status").asText())
                    .as(component)
                    .isEqualTo("UP");
        }
        JsonNode detailed = api.get("/actuator/health", adminToken()).body().get("components");
        assertThat(detailed.get("eventProcessors")
                        .get("details")
                        .get("audit-log")
                        .asText())
                .isEqualTo("RUNNING");
        assertThat(api.get("/actuator/health/liveness", null)
                        .body()
                        .get("status")
                        .asText())
                .isEqualTo("UP");
        assertThat(api.get("/actuator/health/readiness", null)
                        .body()
                        .get("status")
                        .asText())
                .isEqualTo("UP");
    }

    @Test
    void healthDetailsAndMetricsAreForAdministratorsOnly() {
        String reader = login(registerReader(), PASSWORD);
        for (String token : new String[] {null, reader}) {
            JsonNode components = api.get("/actuator/health", token).body().get("components");
            assertThat(components.get("db").get("status").asText()).isEqualTo("UP");
            components.forEach(component -> assertThat(component.has("details"))
                    .as(component.toString())
                    .isFalse());
            assertThat(api.get("/actuator/health/readiness", token)
                            .body()
                            .path("components")
                            .findValues("details"))
                    .isEmpty();
        }
        assertThat(api.get("/actuator/health", adminToken())
                        .body()
                        .get("components")
                        .get("db")
                        .has("details"))
                .isTrue();

        assertThat(api.get("/actuator/metrics", null).status()).isEqualTo(401);
        assertThat(api.get("/actuator/metrics/jvm.memory.used", reader).status())
                .isEqualTo(403);
        Api.Response metric = api.get("/actuator/metrics/jvm.memory.used", adminToken());
        assertThat(metric.status()).as(metric.toString()).isEqualTo(200);
        assertThat(metric.body().get("name").asText()).isEqualTo("jvm.memory.used");
    }

    private String registerReader() {
        String email = uniqueEmail("operations");
        register(email);
        return email;
    }

    @Test
    void prometheusMetricsAreExposed() {
        Api.Response metrics = api.get("/actuator/prometheus", null);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.raw()).contains("jvm_memory_used_bytes").contains("http_server_requests");
    }

    @Test
    void metricsAreForTheScrapersAddressesOrAnAdministrator() {
        Api elsewhere = new Api(port, json, "192.0.2.77");

        Api.Response anonymous = elsewhere.get("/actuator/prometheus", null);
        assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(anonymous.raw()).doesNotContain("jvm_memory_used_bytes");
        String reader = uniqueEmail("metrics");
        register(reader);
        assertThat(elsewhere
                        .get("/actuator/prometheus", login(reader, PASSWORD))
                        .status())
                .isEqualTo(403);
        assertThat(elsewhere.get("/actuator/prometheus", adminToken()).raw()).contains("jvm_memory_used_bytes");
    }

    @Test
    void theOpenApiSchemaAndSwaggerUiAreServed() {
        Api.Response schema = api.get("/api/schema", null);
        assertThat(schema.status()).isEqualTo(200);
        assertThat(schema.body().get("paths").has("/api/auth/register")).isTrue();
        assertThat(schema.body().get("paths").has("/api/admin/audit-logs")).isTrue();
        assertThat(api.get("/api/schema/", null).status()).isIn(200, 302);
        Api.Response ui = api.get("/api/schema/swagger-ui/index.html", null);
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.raw()).contains("Swagger UI");
    }

    @Test
    void unknownPathsAreProblemsToo() {
        Api.Response response = api.get("/api/nothing-here", adminToken());
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theRequestIdOfACommandReachesItsAuditEntry() {
        String email = uniqueEmail("request-id");
        register(email);
        String reader = login(email, PASSWORD);
        Api.Response cookie = api.send(
                "PUT",
                "/api/legal/cookie-consent",
                "{\"essential\":true,\"analytics\":false,\"marketing\":false}",
                "application/json",
                reader,
                Map.of("X-Request-Id", "trace-me-42"));
        assertThat(cookie.status()).isEqualTo(200);
        assertThat(cookie.headers().firstValue("X-Request-Id")).contains("trace-me-42");
        JsonNode entry = auditEntries(adminToken(), "actionType=CookieConsentRecorded&limit=20");
        boolean found = false;
        for (JsonNode e : entry) {
            if ("trace-me-42".equals(e.get("metadata").path("requestId").asText())) {
                found = true;
                assertThat(e.get("userAgent").asText()).isEqualTo("muejam-integration-test");
            }
        }
        assertThat(found).isTrue();
    }

    @Test
    void anonymousCookieChoicesNeedASessionAndEssentialCookiesCannotBeRefused() {
        Api.Response noSession = api.put(
                "/api/legal/cookie-consent", Map.of("essential", true, "analytics", true, "marketing", true), null);
        assertThat(noSession.status()).isEqualTo(400);
        Api.Response refused = api.put(
                "/api/legal/cookie-consent",
                Map.of("essential", false, "analytics", true, "marketing", true, "sessionId", "browser-session-1"),
                null);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("field").asText()).isEqualTo("essential");
        Api.Response anonymous = api.put(
                "/api/legal/cookie-consent",
                Map.of("essential", true, "analytics", false, "marketing", true, "sessionId", "browser-session-1"),
                null);
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.body().get("holder").asText()).isEqualTo("session:browser-session-1");
        awaitReadModels();
        assertThat(jdbc.queryForObject(
                        "SELECT marketing FROM cookie_consent WHERE holder = ?",
                        Boolean.class,
                        "session:browser-session-1"))
                .isTrue();
    }
}
