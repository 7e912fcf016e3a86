package org.muejam.infra.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.muejam.infra.MueJamApplication;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Every node serves every endpoint; a node that subscribes neither command nor query handlers answers what it
 * cannot handle with 503 naming the missing role, never with a 500.
 */
class RolesTest extends IntegrationTest {

    private static ConfigurableApplicationContext projectionsNode;
    private static Api projectionsOnly;

    @BeforeAll
    static void startProjectionsOnlyNode() {
        projectionsNode = new SpringApplicationBuilder(MueJamApplication.class)
                .run(
                        "--server.port=0",
                        "--muejam.roles=projections",
                        "--muejam.admin.email=" + ADMIN_EMAIL,
                        "--muejam.admin.password=" + ADMIN_PASSWORD,
                        "--muejam.rate-limits.redis-key-prefix=muejam-test:" + UUID.randomUUID() + ":");
        int port = Integer.parseInt(projectionsNode.getEnvironment().getProperty("local.server.port"));
        projectionsOnly = new Api(port, new com.fasterxml.jackson.databind.ObjectMapper()).withoutReadYourWrites();
    }

    @AfterAll
    static void stopProjectionsOnlyNode() {
        if (projectionsNode != null) {
            projectionsNode.close();
        }
    }

    @Test
    void aReadOnANodeWithoutQueryHandlersIs503NamingTheRole() {
        Api.Response answer = projectionsOnly.get("/api/legal/documents/terms-of-service", null);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
        assertThat(answer.toString()).contains("query-role-not-served");
    }

    @Test
    void aCommandOnANodeWithoutCommandHandlersIs503NamingTheRole() {
        Api.Response answer = projectionsOnly.put(
                "/api/legal/cookie-consent",
                Map.of("analytics", false, "marketing", false, "sessionId", "roles-" + UUID.randomUUID()),
                null);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
        assertThat(answer.toString()).contains("command-role-not-served");
    }

    @Test
    void theSameReadOnAFullNodeAnswers() {
        assertThat(api.get("/api/legal/documents/terms-of-service", null).status())
                .isIn(200, 404);
    }
}
