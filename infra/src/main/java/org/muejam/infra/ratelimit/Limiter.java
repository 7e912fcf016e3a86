package org.muejam.infra.ratelimit;

/** Takes tokens from named buckets. */
public interface Limiter {

    /** The outcome of taking one token: whether it was there, what is left, and when the bucket is full again. */
    record Probe(boolean allowed, long remaining, long nanosToReset, long nanosToRetry) {

        public Probe {
            remaining = Math.max(0, remaining);
            nanosToReset = Math.max(0, nanosToReset);
            nanosToRetry = Math.max(0, nanosToRetry);
        }

        /** The same bucket after a token was given back. */
        public Probe refunded(int limit) {
            long left = Math.min(limit, remaining + 1);
            return new Probe(allowed, left, left == limit ? 0 : nanosToReset, nanosToRetry);
        }
    }

    Probe consume(String bucket, RateLimitRule rule);

    /** Gives back a token taken for a request that turned out not to count (a sign-in that succeeded). */
    void refund(String bucket, RateLimitRule rule);
}
