package org.muejam.command.moderation.abuse;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Bot-like timing: posts at intervals whose standard deviation is a small share of their mean. Intervals under a
 * second on average are left to the rapid-creation rule: a burst is not a rhythm.
 */
final class BotTimings {

    static final double SHORTEST_MEAN_MILLIS = 1_000;

    record Timing(Duration mean, Duration deviation) {}

    private BotTimings() {}

    /**
     * The timing of the posts when they are as many as the rule asks, all within its window, and their intervals
     * vary by at most its share of their mean; empty otherwise. {@code newestFirst} as the ledger lists them.
     */
    static Optional<Timing> regular(List<Instant> newestFirst, AbuseThresholds.BotTiming rule) {
        if (newestFirst.size() < rule.posts()) {
            return Optional.empty();
        }
        List<Instant> posts = newestFirst.subList(0, rule.posts());
        Instant newest = posts.get(0);
        Instant oldest = posts.get(posts.size() - 1);
        if (Duration.between(oldest, newest).compareTo(rule.window()) > 0) {
            return Optional.empty();
        }
        int intervals = posts.size() - 1;
        double[] gaps = new double[intervals];
        double sum = 0;
        for (int i = 0; i < intervals; i++) {
            gaps[i] = Math.abs(Duration.between(posts.get(i + 1), posts.get(i)).toMillis());
            sum += gaps[i];
        }
        double mean = sum / intervals;
        if (mean < SHORTEST_MEAN_MILLIS) {
            return Optional.empty();
        }
        double squares = 0;
        for (double gap : gaps) {
            squares += (gap - mean) * (gap - mean);
        }
        double deviation = Math.sqrt(squares / intervals);
        if (deviation > rule.maxVariation() * mean) {
            return Optional.empty();
        }
        return Optional.of(new Timing(Duration.ofMillis(Math.round(mean)), Duration.ofMillis(Math.round(deviation))));
    }
}
