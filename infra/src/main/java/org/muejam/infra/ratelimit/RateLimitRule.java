package org.muejam.infra.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.muejam.shared.security.Sha256;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * One named limit: {@code limit} requests per {@code window} for each subject (address, user or account), as a
 * token bucket refilled whole at the end of each window, so remaining = limit - used within a window.
 */
public record RateLimitRule(
        String name,
        List<PathPattern> paths,
        Set<String> methods,
        int limit,
        Duration window,
        RateLimitSettings.Key key,
        boolean failuresOnly,
        BucketConfiguration bucket) {

    public static RateLimitRule of(String name, RateLimitSettings.Rule rule) {
        List<PathPattern> paths = rule.paths().stream()
                .map(p -> PathPatternParser.defaultInstance.parse(p.strip()))
                .toList();
        Set<String> methods = rule.methods().stream()
                .map(m -> m.strip().toUpperCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        BucketConfiguration bucket = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(rule.limit())
                        .refillIntervally(rule.limit(), rule.window())
                        .build())
                .build();
        return new RateLimitRule(
                name,
                paths,
                methods,
                rule.limit(),
                rule.window(),
                rule.key(),
                rule.count() == RateLimitSettings.Count.FAILURES,
                bucket);
    }

    public boolean appliesTo(HttpServletRequest request) {
        if (!methods.isEmpty() && !methods.contains(request.getMethod())) {
            return false;
        }
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        PathContainer path = PathContainer.parsePath(uri.isEmpty() ? "/" : uri);
        return paths.stream().anyMatch(pattern -> pattern.matches(path));
    }

    /**
     * The bucket of one subject. The subject is hashed (addresses and email addresses are personal data) and the
     * limit is part of the name, so a changed limit starts fresh buckets instead of inheriting old ones.
     */
    public String bucketFor(String subject) {
        return name + ":" + limit + "/" + window.toSeconds() + ":"
                + Sha256.hex(key.name() + ":" + subject).substring(0, 32);
    }

    /** "5 requests per 15 minutes" for people. */
    public String describe() {
        long seconds = window.toSeconds();
        String per = seconds % 3600 == 0
                ? plural(seconds / 3600, "hour")
                : seconds % 60 == 0 ? plural(seconds / 60, "minute") : plural(seconds, "second");
        return plural(limit, "request") + " per " + per;
    }

    private static String plural(long n, String unit) {
        return n == 1 && !"request".equals(unit) ? unit : n + " " + unit + (n == 1 ? "" : "s");
    }
}
