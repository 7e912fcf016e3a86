package org.muejam.infra.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Redis first; when Redis fails or is too slow, this node's own buckets, so the platform keeps serving with
 * per-node limits. A circuit breaker keeps a downed Redis from costing every request a timeout: after a failure
 * the node stays on its own buckets for the retry interval, then lets one request try Redis again.
 */
public class FailOpenLimiter implements Limiter {

    private static final Logger log = LoggerFactory.getLogger(FailOpenLimiter.class);

    /** What the limiter runs on now, for the health endpoint. */
    public record State(boolean shared, Instant since, String lastFailure) {}

    private final Limiter redis;
    private final Limiter local;
    private final Clock clock;
    private final Duration retryInterval;
    private final AtomicBoolean probing = new AtomicBoolean();
    private volatile State state;
    private volatile Instant retryAt = Instant.MIN;

    public FailOpenLimiter(Limiter redis, Limiter local, Clock clock, Duration retryInterval) {
        this.redis = redis;
        this.local = local;
        this.clock = clock;
        this.retryInterval = retryInterval;
        this.state = new State(true, clock.instant(), null);
    }

    @Override
    public Probe consume(String bucket, RateLimitRule rule) {
        if (tryRedis()) {
            try {
                Probe probe = redis.consume(bucket, rule);
                succeeded();
                return probe;
            } catch (RuntimeException e) {
                failed(e);
            }
        }
        return local.consume(bucket, rule);
    }

    @Override
    public void refund(String bucket, RateLimitRule rule) {
        if (tryRedis()) {
            try {
                redis.refund(bucket, rule);
                succeeded();
                return;
            } catch (RuntimeException e) {
                failed(e);
            }
        }
        local.refund(bucket, rule);
    }

    public State state() {
        return state;
    }

    private boolean tryRedis() {
        if (state.shared()) {
            return true;
        }
        // one request at a time probes Redis once the retry interval is over; the others stay local
        return !clock.instant().isBefore(retryAt) && probing.compareAndSet(false, true);
    }

    private void succeeded() {
        if (!state.shared()) {
            log.info("rate limits are shared through Redis again");
            state = new State(true, clock.instant(), null);
        }
        probing.set(false);
    }

    private void failed(RuntimeException e) {
        retryAt = clock.instant().plus(retryInterval);
        if (state.shared()) {
            log.warn(
                    "Redis is unreachable for rate limits ({}); each node limits on its own until it is back, "
                            + "trying again every {}s",
                    e.toString(),
                    retryInterval.toSeconds());
            state = new State(false, clock.instant(), e.toString());
        }
        probing.set(false);
    }
}
