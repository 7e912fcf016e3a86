package org.muejam.infra.content;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.muejam.command.content.application.FilterSettingsCache;
import org.muejam.command.content.screening.UrlReputation;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The URL-reputation service: Google Safe Browsing when an API key is set, the local block-list otherwise. */
@Configuration
public class ScreeningConfig {

    @Bean
    UrlReputation urlReputation(
            SafeBrowsingProperties properties,
            FilterSettingsCache settings,
            ObjectMapper json,
            MeterRegistry registry) {
        if (properties.enabled()) {
            return new SafeBrowsingUrlReputation(
                    properties.url(), properties.apiKey(), properties.timeout(), json, registry);
        }
        LoggerFactory.getLogger(ScreeningConfig.class)
                .info("Google Safe Browsing off (no MUEJAM_SAFE_BROWSING_API_KEY): URLs are checked against the"
                        + " configured block-list only");
        return new LocalBlocklistUrlReputation(settings);
    }
}
