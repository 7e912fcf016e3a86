package org.muejam.infra.privacy;

import org.muejam.query.privacy.PrivacyReads;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The privacy settings' reads every node enforces, whatever its roles (the query side is scanned only on some). */
@Configuration
public class PrivacyConfig {

    @Bean
    PrivacyReads privacyReads(JdbcTemplate jdbc) {
        return new PrivacyReads(jdbc);
    }
}
