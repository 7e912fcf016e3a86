package org.muejam.infra.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;

/**
 * The default limits end to end, each test on its own client address: failed sign-ins per address and per
 * account, reads and writes per address, and the headers that count down on the way.
 */
class RateLimitTest extends IntegrationTest {

    private static Map<String, String> credentials(String email, String password) {
        return Map.of("email", email, "password", password);
    }

    private static long header(Api.Response response, String name) {
        return Long.parseLong(response.headers()
                .firstValue(name)
                .orElseThrow(() -> new AssertionError("no " + name + " on " + response)));
    }

    @Test
    void thirtyRapidFailedSignInsFromOneAddressAreRefusedAfterTheFifth() {
        for (int attempt = 1; attempt <= 30; attempt++) {
            // a different unknown account each time: only the per-address rule counts them all
            Api.Response response =
                    api.post("/api/auth/login", credentials(uniqueEmail("guess"), "not-the-password"), null);
            assertThat(header(response, "X-RateLimit-Limit")).isEqualTo(5);
            if (attempt <= 5) {
                assertThat(response.status()).as(response.toString()).isEqualTo(401);
                assertThat(header(response, "X-RateLimit-Remaining"))
                        .as("attempt %d", attempt)
                        .isEqualTo(5 - attempt);
                assertThat(response.headers().firstValue("Retry-After")).isEmpty();
            } else {
                assertThat(response.status()).as(response.toString()).isEqualTo(429);
                assertThat(response.contentType()).startsWith("application/problem+json");
                assertThat(response.body().get("type").asText()).isEqualTo("/problems/rate-limited");
                assertThat(response.body().get("rule").asText()).isEqualTo("loginip");
                assertThat(header(response, "X-RateLimit-Remaining")).isZero();
                assertThat(header(response, "Retry-After")).isBetween(1L, 900L);
                assertThat(header(response, "X-RateLimit-Reset")).isBetween(1L, 900L);
            }
        }
    }

    @Test
    void failedSignInsToOneAccountFromManyAddressesLockTheAccountEvenForTheRightPassword() {
        // the account is registered after the failures: registered first, it would lock after the suite's three wrong
        // passwords and answer every later attempt 403 account-locked, which this rule does not count
        String email = uniqueEmail("target");
        for (int attempt = 1; attempt <= 5; attempt++) {
            Api elsewhere = new Api(port, json);
            Api.Response response = elsewhere.post("/api/auth/login", credentials(email, "wrong-" + attempt), null);
            assertThat(response.status()).isEqualTo(401);
            assertThat(header(response, "X-RateLimit-Remaining")).isEqualTo(5 - attempt);
        }
        register(email);
        Api.Response locked =
                new Api(port, json).post("/api/auth/login", credentials(email.toUpperCase(), PASSWORD), null);
        assertThat(locked.status()).as(locked.toString()).isEqualTo(429);
        assertThat(locked.body().get("rule").asText()).isEqualTo("loginaccount");

        String other = uniqueEmail("bystander");
        register(other);
        assertThat(api.post("/api/auth/login", credentials(other, PASSWORD), null)
                        .status())
                .as("other accounts are not locked")
                .isEqualTo(200);
    }

    @Test
    void successfulSignInsDoNotCountAgainstTheFailureLimits() {
        String email = uniqueEmail("regular");
        register(email);
        for (int i = 0; i < 7; i++) {
            Api.Response response = api.post("/api/auth/login", credentials(email, PASSWORD), null);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            assertThat(header(response, "X-RateLimit-Limit")).isEqualTo(5);
            assertThat(header(response, "X-RateLimit-Remaining")).isEqualTo(5);
        }
        Api.Response failed = api.post("/api/auth/login", credentials(email, "wrong"), null);
        assertThat(failed.status()).isEqualTo(401);
        assertThat(header(failed, "X-RateLimit-Remaining")).isEqualTo(4);
    }

    @Test
    void readsCountDownPerAddressAndReportTheTightestRule() {
        String reader = login(registeredReader(), PASSWORD);
        long first = -1;
        for (int i = 0; i < 5; i++) {
            Api.Response response = api.get("/api/users/me", reader);
            assertThat(response.status()).isEqualTo(200);
            // reads (100 per minute per address) is tighter than the signed-in user's 1000 per hour
            assertThat(header(response, "X-RateLimit-Limit")).isEqualTo(100);
            long remaining = header(response, "X-RateLimit-Remaining");
            first = i == 0 ? remaining : first;
            assertThat(remaining).isEqualTo(first - i).isBetween(0L, 99L);
            assertThat(header(response, "X-RateLimit-Reset")).isBetween(1L, 60L);
        }
        Api.Response another = new Api(port, json).get("/api/users/me", reader);
        assertThat(header(another, "X-RateLimit-Remaining"))
                .as("another address has its own bucket")
                .isEqualTo(99);
    }

    @Test
    void theTwentyFirstWriteInAMinuteFromOneAddressIsRefused() {
        for (int i = 1; i <= 20; i++) {
            Api.Response response = api.post("/api/auth/logout", Map.of("refreshToken", "unknown-" + i), null);
            assertThat(response.status()).isEqualTo(204);
            assertThat(header(response, "X-RateLimit-Limit")).isEqualTo(20);
            assertThat(header(response, "X-RateLimit-Remaining")).isEqualTo(20 - i);
        }
        Api.Response refused = api.post("/api/auth/logout", Map.of("refreshToken", "unknown"), null);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body().get("rule").asText()).isEqualTo("writes");
        assertThat(refused.body().get("detail").asText()).contains("20 requests per minute");
        assertThat(header(refused, "Retry-After")).isBetween(1L, 60L);
        assertThat(api.get("/api/legal/documents/terms-of-service", null).status())
                .as("reads are counted apart")
                .isIn(200, 404);
    }

    @Test
    void passwordResetRequestsAreLimitedTenAnHourPerAddress() {
        Api.Response response =
                api.post("/api/auth/password-reset/request", Map.of("email", uniqueEmail("forgetful")), null);
        assertThat(response.status()).isLessThan(500);
        assertThat(header(response, "X-RateLimit-Limit")).isEqualTo(10);
        assertThat(header(response, "X-RateLimit-Remaining")).isEqualTo(9);
    }

    private String registeredReader() {
        String email = uniqueEmail("reads-" + UUID.randomUUID().toString().substring(0, 4));
        register(email);
        return email;
    }
}
