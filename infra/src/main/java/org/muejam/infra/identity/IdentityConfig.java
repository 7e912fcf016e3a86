package org.muejam.infra.identity;

import org.muejam.command.identity.application.IdentitySettings;
import org.muejam.infra.config.MueJamProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Identity's use cases take their settings from the application's configuration. */
@Configuration
public class IdentityConfig {

    @Bean
    IdentitySettings identitySettings(MueJamProperties properties) {
        return new IdentitySettings(
                properties.publicUrl().toString(), properties.tokens().emailVerificationTtl());
    }
}
