package org.muejam.infra.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.muejam.command.testing.MovableClock;

/** When Redis fails the node limits on its own, tries Redis once per retry interval, and returns to it. */
class FailOpenLimiterTest {

    private static final RateLimitRule RULE = RateLimitRule.of(
            "reads",
            new RateLimitSettings.Rule(
                    List.of("/**"),
                    Set.of(),
                    3,
                    Duration.ofMinutes(1),
                    RateLimitSettings.Key.IP,
                    RateLimitSettings.Count.ALL));

    /** A Redis stand-in that is up or down, and counts how often it was asked. */
    private static final class FlakyRedis implements Limiter {
        boolean down;
        int calls;
        final Limiter buckets = new LocalLimiter(TimeMeter.SYSTEM_MILLISECONDS, 100);

        @Override
        public Probe consume(String bucket, RateLimitRule rule) {
            calls++;
            if (down) {
                throw new IllegalStateException("connection refused");
            }
            return buckets.consume(bucket, rule);
        }

        @Override
        public void refund(String bucket, RateLimitRule rule) {
            calls++;
            if (down) {
                throw new IllegalStateException("connection refused");
            }
            buckets.refund(bucket, rule);
        }
    }

    private final FlakyRedis redis = new FlakyRedis();
    private final MovableClock clock = new MovableClock();
    private final FailOpenLimiter limiter = new FailOpenLimiter(
            redis, new LocalLimiter(TimeMeter.SYSTEM_MILLISECONDS, 100), clock, Duration.ofSeconds(5));

    @Test
    void aDownedRedisCostsOneAttemptPerRetryIntervalNotOnePerRequest() {
        redis.down = true;
        for (int i = 0; i < 50; i++) {
            limiter.consume("reads:a" + i, RULE);
        }
        assertThat(redis.calls).isEqualTo(1);
        assertThat(limiter.state().shared()).isFalse();
        assertThat(limiter.state().lastFailure()).contains("connection refused");

        clock.advance(Duration.ofSeconds(5));
        limiter.consume("reads:b", RULE);
        limiter.consume("reads:c", RULE);
        assertThat(redis.calls)
                .as("one probe after the interval, then local again")
                .isEqualTo(2);
    }

    @Test
    void theNodesOwnBucketsStillLimitWhileRedisIsDown() {
        redis.down = true;
        List<Boolean> allowed = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            allowed.add(limiter.consume("reads:same", RULE).allowed());
        }
        assertThat(allowed).containsExactly(true, true, true, false, false);
    }

    @Test
    void redisIsUsedAgainOnceAProbeSucceeds() {
        redis.down = true;
        limiter.consume("reads:x", RULE);
        redis.down = false;
        clock.advance(Duration.ofSeconds(6));
        limiter.consume("reads:x", RULE);
        assertThat(limiter.state().shared()).isTrue();
        int before = redis.calls;
        limiter.consume("reads:y", RULE);
        limiter.refund("reads:y", RULE);
        assertThat(redis.calls).isEqualTo(before + 2);
    }
}
