package org.muejam.infra.security;

import java.time.Duration;
import java.util.List;
import org.muejam.infra.web.TrustedProxies;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Request-level security settings ({@code muejam.security.*}).
 *
 * @param trustedProxies CIDR ranges of the proxies whose X-Forwarded-For is believed, besides loopback
 *                       (MUEJAM_TRUSTED_PROXIES, comma-separated)
 * @param apiKeyRotationOverlap how long the previous secret of a rotated API key keeps working
 */
@ConfigurationProperties("muejam.security")
public record SecuritySettings(
        @DefaultValue List<String> trustedProxies,
        @DefaultValue("24h") Duration apiKeyRotationOverlap,
        @DefaultValue List<String> metricsScrapers) {

    public SecuritySettings {
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
        try {
            TrustedProxies.of(trustedProxies);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("MUEJAM_TRUSTED_PROXIES: " + e.getMessage());
        }
        metricsScrapers = metricsScrapers == null ? List.of() : List.copyOf(metricsScrapers);
        try {
            TrustedProxies.of(metricsScrapers);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("MUEJAM_METRICS_SCRAPERS: " + e.getMessage());
        }
        if (apiKeyRotationOverlap.isNegative()) {
            throw new IllegalStateException("muejam.security.api-key-rotation-overlap must not be negative");
        }
    }

    /** Where Prometheus may scrape from without a credential: loopback and the configured ranges. */
    public TrustedProxies metricsScraperRanges() {
        return TrustedProxies.of(metricsScrapers);
    }

    public TrustedProxies trustedProxyRanges() {
        return TrustedProxies.of(trustedProxies);
    }
}
