package org.muejam.infra.ratelimit;

import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.cluster.api.async.RedisAdvancedClusterAsyncCommands;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * Buckets shared by every node, in Redis: bucket4j's compare-and-swap buckets on the Lettuce connection that
 * Spring Data Redis already keeps open. Every call waits at most the configured timeout.
 */
public class RedisLimiter implements Limiter {

    private final RedisConnectionFactory connections;
    private final String keyPrefix;
    private final Duration timeout;
    private final TimeMeter time;
    private volatile ProxyManager<byte[]> proxies;

    /** {@code time} null means the wall clock; tests pass their own. */
    public RedisLimiter(RedisConnectionFactory connections, String keyPrefix, Duration timeout, TimeMeter time) {
        this.connections = connections;
        this.keyPrefix = keyPrefix;
        this.timeout = timeout;
        this.time = time;
    }

    @Override
    public Probe consume(String bucket, RateLimitRule rule) {
        return LocalLimiter.probe(
                proxies().builder().build(key(bucket), rule::bucket).tryConsumeAndReturnRemaining(1));
    }

    @Override
    public void refund(String bucket, RateLimitRule rule) {
        proxies().builder().build(key(bucket), rule::bucket).addTokens(1);
    }

    private byte[] key(String bucket) {
        return (keyPrefix + bucket).getBytes(StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private ProxyManager<byte[]> proxies() {
        ProxyManager<byte[]> current = proxies;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (proxies == null) {
                Object commands;
                // closing Spring's wrapper leaves the shared native connection open
                try (RedisConnection connection = connections.getConnection()) {
                    commands = connection.getNativeConnection();
                }
                Bucket4jLettuce.LettuceBasedProxyManagerBuilder<byte[]> builder;
                if (commands instanceof RedisAdvancedClusterAsyncCommands<?, ?> cluster) {
                    builder = Bucket4jLettuce.casBasedBuilder(
                            (RedisAdvancedClusterAsyncCommands<byte[], byte[]>) cluster);
                } else if (commands instanceof RedisAsyncCommands<?, ?> standalone) {
                    builder = Bucket4jLettuce.casBasedBuilder((RedisAsyncCommands<byte[], byte[]>) standalone);
                } else {
                    throw new IllegalStateException("rate limits need Lettuce; the Redis connection is "
                            + (commands == null ? "null" : commands.getClass().getName()));
                }
                builder.requestTimeout(timeout)
                        .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                                Duration.ofSeconds(10)));
                if (time != null) {
                    builder.clientClock(time);
                }
                proxies = builder.build();
            }
            return proxies;
        }
    }
}
