package org.muejam.infra.identity;

import org.muejam.command.identity.application.IdentitySettings;
import org.muejam.infra.config.MueJamProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** The identity endpoints and the session filter are on every node, whatever its roles, so their use cases are. */
@Configuration
@ComponentScan("org.muejam.command.identity.application")
public class IdentityConfig {

    @Bean
    IdentitySettings identitySettings(MueJamProperties properties) {
        return new IdentitySettings(
                properties.publicUrl().toString(), properties.tokens().emailVerificationTtl());
    }
}
