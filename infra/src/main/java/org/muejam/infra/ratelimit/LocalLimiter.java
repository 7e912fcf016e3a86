package org.muejam.infra.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Buckets in this node's memory: the fallback while Redis cannot be reached. Bounded, least recently used out. */
public class LocalLimiter implements Limiter {

    private final TimeMeter time;
    private final Map<String, Bucket> buckets;

    public LocalLimiter(TimeMeter time, int capacity) {
        this.time = time;
        this.buckets = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public Probe consume(String bucket, RateLimitRule rule) {
        return probe(bucket(bucket, rule).tryConsumeAndReturnRemaining(1));
    }

    @Override
    public void refund(String bucket, RateLimitRule rule) {
        bucket(bucket, rule).addTokens(1);
    }

    static Probe probe(ConsumptionProbe probe) {
        return new Probe(
                probe.isConsumed(),
                probe.getRemainingTokens(),
                probe.getNanosToWaitForReset(),
                probe.getNanosToWaitForRefill());
    }

    private Bucket bucket(String name, RateLimitRule rule) {
        synchronized (buckets) {
            return buckets.computeIfAbsent(
                    name,
                    n -> Bucket.builder()
                            .addLimit(rule.bucket().getBandwidths()[0])
                            .withCustomTimePrecision(time)
                            .build());
        }
    }
}
