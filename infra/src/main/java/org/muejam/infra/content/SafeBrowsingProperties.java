package org.muejam.infra.content;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Google Safe Browsing v4 ({@code threatMatches:find}) as the URL-reputation service. Off while no API key is set
 * (MUEJAM_SAFE_BROWSING_API_KEY): then only the configured block-list refuses URLs.
 */
@Validated
@ConfigurationProperties("muejam.content.safe-browsing")
public record SafeBrowsingProperties(
        String apiKey,

        @NotNull @DefaultValue("https://safebrowsing.googleapis.com/v4/threatMatches:find")
        URI url,

        @NotNull @DefaultValue("2s") Duration timeout) {

    public boolean enabled() {
        return apiKey != null && !apiKey.isBlank();
    }

    @AssertTrue(message = "MUEJAM_SAFE_BROWSING_TIMEOUT must be positive")
    public boolean isTimeoutPositive() {
        return timeout == null || (!timeout.isNegative() && !timeout.isZero());
    }
}
