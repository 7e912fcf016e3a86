package org.muejam.infra.ratelimit;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rate limits ({@code muejam.rate-limits.*}): named rules, each a token bucket of {@code limit} requests per
 * {@code window} for every client address, signed-in user or account the rule is keyed by.
 *
 * @param enabled            false turns every limit off
 * @param redisTimeout       how long a request waits for Redis before the node falls back to its own buckets
 * @param redisRetryInterval how long the node keeps to its own buckets after Redis failed before trying again
 * @param fallbackBuckets    how many buckets the in-memory fallback keeps (least recently used are dropped)
 * @param redisKeyPrefix     prefix of the bucket keys in Redis (environments sharing one Redis need their own)
 * @param rules              the rules by name
 */
@ConfigurationProperties("muejam.rate-limits")
public record RateLimitSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("500ms") Duration redisTimeout,
        @DefaultValue("5s") Duration redisRetryInterval,
        @DefaultValue("10000") int fallbackBuckets,
        @DefaultValue("muejam:rate:") String redisKeyPrefix,
        Map<String, Rule> rules) {

    /** Whose requests share a bucket. */
    public enum Key {
        /** the client's address (see ClientAddress) */
        IP,
        /** the signed-in user; anonymous requests are not counted */
        USER,
        /** the "email" field of the JSON body (sign-in) */
        ACCOUNT
    }

    /** Which requests take a token. */
    public enum Count {
        ALL,
        /** only requests answered 401: failed sign-ins */
        FAILURES
    }

    /**
     * @param paths   path patterns ("/api/**"); a rule without paths applies nowhere (yet)
     * @param methods HTTP methods; none means every method
     */
    public record Rule(
            @DefaultValue List<String> paths,
            @DefaultValue Set<String> methods,
            int limit,
            Duration window,
            @DefaultValue("ip") Key key,
            @DefaultValue("all") Count count) {}

    public RateLimitSettings {
        rules = rules == null ? Map.of() : new LinkedHashMap<>(rules);
        if (redisTimeout.isNegative() || redisTimeout.isZero()) {
            throw new IllegalStateException("muejam.rate-limits.redis-timeout must be positive");
        }
        if (fallbackBuckets < 1) {
            throw new IllegalStateException("muejam.rate-limits.fallback-buckets must be at least 1");
        }
        rules.forEach((name, rule) -> {
            String prefix = "muejam.rate-limits.rules." + name;
            if (!name.matches("[a-z0-9][a-z0-9-]{0,39}")) {
                throw new IllegalStateException(prefix + ": a rule name is lower-case letters, digits and '-'");
            }
            if (rule.limit() < 1) {
                throw new IllegalStateException(prefix + ".limit must be at least 1, not " + rule.limit());
            }
            if (rule.window() == null || rule.window().compareTo(Duration.ofSeconds(1)) < 0) {
                throw new IllegalStateException(prefix + ".window must be at least 1s");
            }
        });
    }
}
