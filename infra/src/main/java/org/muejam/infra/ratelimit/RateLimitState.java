package org.muejam.infra.ratelimit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The buckets one request drew from, across both phases, and the headers that report the tightest of them. */
final class RateLimitState {

    static final String LIMIT = "X-RateLimit-Limit";
    static final String REMAINING = "X-RateLimit-Remaining";
    static final String RESET = "X-RateLimit-Reset";

    private static final String ATTRIBUTE = RateLimitState.class.getName();

    /** One rule's bucket as this request left it. */
    record Decision(RateLimitRule rule, String bucket, Limiter.Probe probe) {}

    private final List<Decision> decisions = new ArrayList<>();

    static RateLimitState of(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof RateLimitState state) {
            return state;
        }
        RateLimitState state = new RateLimitState();
        request.setAttribute(ATTRIBUTE, state);
        return state;
    }

    void add(Decision decision) {
        decisions.add(decision);
    }

    void replace(Decision old, Decision updated) {
        decisions.set(decisions.indexOf(old), updated);
    }

    /** The least remaining wins; between equals, the one that takes longer to reset. */
    void writeHeaders(HttpServletResponse response) {
        decisions.stream()
                .min(Comparator.comparingLong((Decision d) -> d.probe().remaining())
                        .thenComparing(d -> -d.probe().nanosToReset()))
                .ifPresent(tightest -> write(response, tightest));
    }

    static void write(HttpServletResponse response, Decision decision) {
        response.setHeader(LIMIT, Integer.toString(decision.rule().limit()));
        response.setHeader(REMAINING, Long.toString(decision.probe().remaining()));
        response.setHeader(RESET, Long.toString(seconds(decision.probe().nanosToReset())));
    }

    /** Whole seconds, rounded up, so a client that waits that long is never early. */
    static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
