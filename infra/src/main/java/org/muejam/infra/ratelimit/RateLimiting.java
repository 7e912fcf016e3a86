package org.muejam.infra.ratelimit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.util.List;
import org.muejam.infra.web.ProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.stereotype.Component;

/**
 * The configured rate limits and the buckets they draw from (Redis, falling back to this node's memory), and the
 * "rateLimits" health component saying which of the two is in use.
 */
@Component("rateLimitsHealthIndicator")
public class RateLimiting implements HealthIndicator {

    private final RateLimitSettings settings;
    private final List<RateLimitRule> rules;
    private final FailOpenLimiter limiter;
    private final ProblemWriter problems;
    private final ObjectMapper json;
    private final KnownDevices devices;

    public RateLimiting(
            RateLimitSettings settings,
            RedisConnectionFactory redis,
            Clock clock,
            ProblemWriter problems,
            ObjectMapper json,
            ObjectProvider<KnownDevices> devices) {
        this.settings = settings;
        this.rules = settings.rules().entrySet().stream()
                .map(entry -> RateLimitRule.of(entry.getKey(), entry.getValue()))
                .toList();
        this.limiter = new FailOpenLimiter(
                new RedisLimiter(redis, settings.redisKeyPrefix(), settings.redisTimeout(), null),
                new LocalLimiter(TimeMeter.SYSTEM_MILLISECONDS, settings.fallbackBuckets()),
                clock,
                settings.redisRetryInterval());
        this.problems = problems;
        this.json = json;
        this.devices = devices.getIfAvailable(() -> KnownDevices.NONE);
    }

    public boolean enabled() {
        return settings.enabled() && !rules.isEmpty();
    }

    public RateLimitFilter filter(RateLimitFilter.Phase phase) {
        return new RateLimitFilter(phase, rules, limiter, problems, json, devices);
    }

    public List<RateLimitRule> rules() {
        return rules;
    }

    @Override
    public Health health() {
        FailOpenLimiter.State state = limiter.state();
        Health.Builder health = Health.up()
                .withDetail("store", state.shared() ? "redis" : "memory")
                .withDetail("since", state.since().toString());
        if (!state.shared()) {
            // still UP: the platform serves on per-node limits; the detail is what operators watch
            health.withDetail("degraded", "Redis is unreachable; each node limits on its own")
                    .withDetail("lastFailure", state.lastFailure());
        }
        return health.build();
    }
}
