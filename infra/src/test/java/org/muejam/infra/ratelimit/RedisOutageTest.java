package org.muejam.infra.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Redis goes away in the middle of the suite: the platform keeps answering (no 5xx), each node limits on its own
 * buckets, says so in a WARN and in the health details, and returns to Redis once it is back. Redis is restarted
 * in a finally block so the tests after this one find it as before.
 */
@ExtendWith(OutputCaptureExtension.class)
class RedisOutageTest extends IntegrationTest {

    private static final URI REDIS = URI.create(env("MUEJAM_REDIS_URL", "redis://127.0.0.1:6379"));

    /** Health details are for administrators. */
    private String admin;

    @Test
    void withRedisDownThePlatformServesOnPerNodeLimitsAndReturnsToRedisAfterwards(CapturedOutput output)
            throws Exception {
        currentRequiredDocuments();
        admin = adminToken();
        assertThat(store()).isEqualTo("redis");
        stopRedis();
        try {
            for (int i = 0; i < 5; i++) {
                Api.Response read = api.get("/api/legal/documents/terms-of-service", null);
                assertThat(read.status()).as(read.toString()).isEqualTo(200);
                assertThat(read.headers().firstValue("X-RateLimit-Remaining"))
                        .as("the node's own bucket counts")
                        .contains(Integer.toString(99 - i));
            }
            String email = uniqueEmail("outage");
            register(email);
            assertThat(api.get("/api/users/me", login(email, PASSWORD)).status())
                    .isEqualTo(200);
            assertThat(api.get("/api/admin/audit-logs?limit=1", admin).status()).isEqualTo(200);
            Api.Response failed = api.post("/api/auth/login", java.util.Map.of("email", email, "password", "no"), null);
            assertThat(failed.status()).isEqualTo(401);
            assertThat(failed.headers().firstValue("X-RateLimit-Remaining")).contains("4");

            assertThat(store()).isEqualTo("memory");
            assertThat(api.get("/actuator/health/readiness", null).status())
                    .as("Redis no longer decides whether a node takes traffic")
                    .isEqualTo(200);
            assertThat(output.getOut()).contains("WARN").contains("Redis is unreachable for rate limits");
        } finally {
            startRedis();
        }
        await("rate limits are shared through Redis again", Duration.ofSeconds(60), () -> {
            api.get("/api/legal/documents/terms-of-service", null);
            return "redis".equals(store());
        });
        await(
                "Redis is healthy again",
                Duration.ofSeconds(30),
                () -> "UP"
                        .equals(api.get("/actuator/health/redis", null)
                                .body()
                                .path("status")
                                .asText()));
    }

    private String store() {
        Api.Response health = api.get("/actuator/health/rateLimits", admin);
        assertThat(health.status()).as(health.toString()).isEqualTo(200);
        assertThat(health.body().get("status").asText()).isEqualTo("UP");
        return health.body().get("details").get("store").asText();
    }

    private static void stopRedis() throws IOException, InterruptedException {
        run("redis-cli", "-h", REDIS.getHost(), "-p", port(), "shutdown", "nosave");
        await("Redis is down", Duration.ofSeconds(10), () -> !answers());
    }

    private static void startRedis() throws IOException, InterruptedException {
        if (answers()) {
            return;
        }
        String dir = Files.createTempDirectory("muejam-redis").toString();
        run(
                "redis-server",
                "--daemonize",
                "yes",
                "--bind",
                REDIS.getHost(),
                "--port",
                port(),
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                dir);
        await("Redis answers again", Duration.ofSeconds(30), RedisOutageTest::answers);
    }

    private static boolean answers() {
        try {
            Process ping = new ProcessBuilder("redis-cli", "-h", REDIS.getHost(), "-p", port(), "ping")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(ping.getInputStream().readAllBytes()).strip();
            return ping.waitFor(5, TimeUnit.SECONDS) && "PONG".equals(out);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS))
                .as(String.join(" ", command))
                .isTrue();
    }

    private static String port() {
        return Integer.toString(REDIS.getPort() < 0 ? 6379 : REDIS.getPort());
    }
}
