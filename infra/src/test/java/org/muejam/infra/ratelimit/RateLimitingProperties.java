package org.muejam.infra.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bucket4j.TimeMeter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.muejam.infra.web.ProblemWriter;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Two properties of the limiter, on both stores (this node's memory and Redis) with a clock the test
 * moves: any request beyond the limit is answered 429 with the rate-limit headers and Retry-After, and
 * X-RateLimit-Remaining is always the limit minus what the current window used, never negative.
 */
class RateLimitingProperties {

    enum Store {
        MEMORY,
        REDIS
    }

    private static final ObjectMapper JSON = Jackson2ObjectMapperBuilder.json().build();
    private static LettuceConnectionFactory redis;

    @BeforeContainer
    static void connect() {
        URI url = URI.create(System.getenv().getOrDefault("MUEJAM_REDIS_URL", "redis://127.0.0.1:6379"));
        redis = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration(url.getHost(), url.getPort() < 0 ? 6379 : url.getPort()));
        redis.afterPropertiesSet();
        redis.start();
    }

    @AfterContainer
    static void disconnect() {
        redis.destroy();
    }

    /** A wall clock (bucket4j needs one for Redis) standing still until the test moves it. */
    private static final class TestTime implements TimeMeter {
        final AtomicLong nanos = new AtomicLong(Duration.ofDays(20_000).toNanos()
                + java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000_000_000L));

        @Override
        public long currentTimeNanos() {
            return nanos.get();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }

        void advance(Duration by) {
            nanos.addAndGet(by.toNanos());
        }
    }

    private record Setup(RateLimitFilter filter, TestTime time, RateLimitRule rule) {
        MockHttpServletResponse send() throws Exception {
            MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/anything");
            request.setRemoteAddr("198.51.100.10");
            MockHttpServletResponse response = new MockHttpServletResponse();
            MockFilterChain chain = new MockFilterChain();
            filter.doFilter(request, response, chain);
            // what the chain saw proves whether the request got through
            assertThat(chain.getRequest() != null).isEqualTo(response.getStatus() != 429);
            return response;
        }
    }

    private static Setup setup(Store store, int limit, Duration window) {
        TestTime time = new TestTime();
        String name = "p" + UUID.randomUUID().toString().substring(0, 8);
        RateLimitRule rule = RateLimitRule.of(
                name,
                new RateLimitSettings.Rule(
                        List.of("/api/**"),
                        Set.of(),
                        limit,
                        window,
                        RateLimitSettings.Key.IP,
                        RateLimitSettings.Count.ALL));
        Limiter limiter = store == Store.MEMORY
                ? new LocalLimiter(time, 100)
                : new RedisLimiter(redis, "muejam-test:properties:", Duration.ofSeconds(2), time);
        return new Setup(
                new RateLimitFilter(
                        RateLimitFilter.Phase.BEFORE_AUTHENTICATION,
                        List.of(rule),
                        limiter,
                        new ProblemWriter(JSON),
                        JSON),
                time,
                rule);
    }

    /** Any request beyond the limit is answered 429 with the rate-limit headers and Retry-After. */
    @Property(tries = 150)
    void anyRequestBeyondTheLimitGets429WithTheHeaders(
            @ForAll Store store,
            @ForAll @IntRange(min = 1, max = 25) int limit,
            @ForAll("windows") Duration window,
            @ForAll @IntRange(min = 0, max = 25) int beyond)
            throws Exception {
        Setup setup = setup(store, limit, window);
        for (int i = 1; i <= limit + beyond; i++) {
            MockHttpServletResponse response = setup.send();
            assertThat(response.getHeader("X-RateLimit-Limit")).isEqualTo(Integer.toString(limit));
            long reset = Long.parseLong(response.getHeader("X-RateLimit-Reset"));
            assertThat(reset).isBetween(1L, window.toSeconds());
            if (i <= limit) {
                assertThat(response.getStatus()).isEqualTo(200);
                assertThat(response.getHeader("Retry-After")).isNull();
            } else {
                assertThat(response.getStatus()).isEqualTo(429);
                assertThat(response.getHeader("X-RateLimit-Remaining")).isEqualTo("0");
                assertThat(Long.parseLong(response.getHeader("Retry-After"))).isBetween(1L, window.toSeconds());
                assertThat(response.getContentType()).startsWith("application/problem+json");
                JsonNode problem = JSON.readTree(response.getContentAsByteArray());
                assertThat(problem.get("type").asText()).isEqualTo("/problems/rate-limited");
                assertThat(problem.get("status").asInt()).isEqualTo(429);
                assertThat(problem.get("rule").asText()).isEqualTo(setup.rule().name());
                assertThat(problem.get("detail").asText()).contains(setup.rule().name());
            }
        }
    }

    /** Whatever the pauses between requests, remaining = limit - used in the window, never below 0. */
    @Property(tries = 150)
    void remainingIsTheLimitMinusWhatTheWindowUsedAndNeverNegative(
            @ForAll Store store,
            @ForAll @IntRange(min = 1, max = 12) int limit,
            @ForAll("windows") Duration window,
            @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 1500) Integer> pausesInPermille)
            throws Exception {
        Setup setup = setup(store, limit, window);
        long windowNanos = window.toNanos();
        long elapsed = 0;
        long windowIndex = 0;
        int used = 0;
        boolean first = true;
        for (int permille : pausesInPermille) {
            if (!first) {
                // a pause as a fraction of the window, so requests fall into the same and into later windows
                Duration pause = Duration.ofNanos(windowNanos / 1000 * permille);
                setup.time().advance(pause);
                elapsed += pause.toNanos();
            }
            first = false;
            long index = elapsed / windowNanos;
            if (index != windowIndex) {
                windowIndex = index;
                used = 0;
            }
            MockHttpServletResponse response = setup.send();
            boolean allowed = used < limit;
            if (allowed) {
                used++;
            }
            long remaining = Long.parseLong(response.getHeader("X-RateLimit-Remaining"));
            assertThat(remaining).isGreaterThanOrEqualTo(0).isEqualTo(limit - used);
            assertThat(response.getStatus()).isEqualTo(allowed ? 200 : 429);
        }
    }

    @Provide
    Arbitrary<Duration> windows() {
        return Arbitraries.of(
                Duration.ofSeconds(1),
                Duration.ofSeconds(30),
                Duration.ofMinutes(1),
                Duration.ofMinutes(15),
                Duration.ofHours(1));
    }
}
