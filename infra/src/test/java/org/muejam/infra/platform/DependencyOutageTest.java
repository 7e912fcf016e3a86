package org.muejam.infra.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.infra.support.TcpRelay;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A node of its own whose database connections run through a relay the test can cut (as a PostgreSQL restart or
 * a network partition does) and whose Elasticsearch address has nothing listening.
 */
// its node reaches the database through a relay closed after the class, and Elasticsearch nowhere: closed with the
// class, so that it does not linger beside the other tests' node, running its event processors against them
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DependencyOutageTest extends IntegrationTest {

    private static TcpRelay database;

    @DynamicPropertySource
    static void dependencies(DynamicPropertyRegistry registry) throws IOException {
        URI url = URI.create(env("MUEJAM_DB_URL", "jdbc:postgresql://127.0.0.1:5432/muejam_test")
                .substring(5));
        database = new TcpRelay(url.getHost(), url.getPort() < 0 ? 5432 : url.getPort());
        String relayed = "jdbc:postgresql://127.0.0.1:" + database.port() + url.getRawPath()
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        registry.add("spring.datasource.url", () -> relayed);
        // the pool gives up on a connection after a second, as a busy production pool would after its own bound
        registry.add("spring.datasource.hikari.connection-timeout", () -> "1000");
        int closed;
        try (ServerSocket free = new ServerSocket(0)) {
            closed = free.getLocalPort();
        }
        String elasticsearch = "http://127.0.0.1:" + closed;
        registry.add("spring.elasticsearch.uris", () -> elasticsearch);
    }

    @AfterAll
    static void closeRelay() {
        database.close();
    }

    @Test
    void withElasticsearchUnreachableTheNodeIsReadyAndHealthShowsItDegraded() {
        Api.Response readiness = api.get("/actuator/health/readiness", null);
        assertThat(readiness.status()).as(readiness.toString()).isEqualTo(200);
        assertThat(readiness.body().get("status").asText()).isEqualTo("UP");
        assertThat(readiness.body().path("components").has("elasticsearch")).isFalse();

        Api.Response health = api.get("/actuator/health", null);
        assertThat(health.status()).as(health.toString()).isEqualTo(200);
        assertThat(health.body().get("status").asText()).isEqualTo("DEGRADED");
        assertThat(health.body()
                        .get("components")
                        .get("elasticsearch")
                        .get("status")
                        .asText())
                .isEqualTo("DEGRADED");
        assertThat(health.body().get("components").get("db").get("status").asText())
                .isEqualTo("UP");
        assertThat(api.get("/actuator/health/liveness", null).status()).isEqualTo(200);
    }

    @Test
    void aDatabaseOutageAnswers503WithRetryAfterAndTheNodeRecoversByItself() {
        String email = uniqueEmail("outage");
        register(email);
        String reader = login(email, PASSWORD);
        Api.Response key = api.post("/api/keys", Map.of("name", "outage"), reader);
        assertThat(key.status()).as(key.toString()).isEqualTo(201);
        String apiKey = key.body().get("key").asText();

        database.cut();
        try {
            assertUnavailable(api.post(
                    "/api/auth/register",
                    Map.of(
                            "email",
                            uniqueEmail("during"),
                            "password",
                            PASSWORD,
                            "displayName",
                            "During",
                            "birthDate",
                            "1990-01-01",
                            "acceptedDocuments",
                            java.util.List.of(Map.of("type", "terms-of-service", "version", "1"))),
                    null));
            assertUnavailable(api.put(
                    "/api/legal/cookie-consent",
                    Map.of("analytics", true, "marketing", false, "sessionId", "outage-" + System.nanoTime()),
                    null));
            assertUnavailable(api.get("/api/legal/documents/terms-of-service", null));
            assertUnavailable(api.get("/api/users/me", reader));
            assertUnavailable(
                    api.send("GET", "/api/users/me", null, "application/json", null, Map.of("X-API-Key", apiKey)));
            assertThat(api.get("/actuator/health/readiness", null).status())
                    .as("without its database a node cannot serve its core")
                    .isEqualTo(503);
        } finally {
            database.restore();
        }

        await(
                "the node serves again",
                Duration.ofSeconds(30),
                () -> api.get("/api/legal/documents/terms-of-service", null).status() == 200);
        assertThat(api.get("/api/users/me", reader).status()).isEqualTo(200);
        currentRequiredDocuments();
        register(uniqueEmail("after"));
        assertThat(api.get("/actuator/health/readiness", null).status()).isEqualTo(200);
    }

    private static void assertUnavailable(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.body();
        assertThat(problem.get("type").asText()).isEqualTo("/problems/service-unavailable");
        assertThat(response.headers().firstValue("Retry-After")).contains("2");
    }
}
