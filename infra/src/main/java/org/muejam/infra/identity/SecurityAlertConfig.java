package org.muejam.infra.identity;

import org.axonframework.config.ConfigurerModule;
import org.muejam.command.identity.LockoutSettings;
import org.muejam.command.identity.SecondFactorLockoutSettings;
import org.muejam.infra.config.MueJamProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** When wrong passwords or second factors raise an alert or lock the account, and how the processor mailing the alerts reads the log. */
@Configuration
public class SecurityAlertConfig {

    /**
     * Side effects (mail) start at the head of the log: a new deployment must not mail the past; batches of one, so
     * that retrying a failed batch never mails an alert twice.
     */
    @Bean
    ConfigurerModule securityAlertProcessorConfiguration() {
        return configurer ->
                configurer.eventProcessing(processing -> processing.registerPooledStreamingEventProcessorConfiguration(
                        SecurityAlertMailer.NAME,
                        (config, builder) -> builder.initialSegmentCount(1)
                                .batchSize(1)
                                .initialToken(source -> source.createHeadToken())));
    }

    @Bean
    LockoutSettings lockoutSettings(MueJamProperties properties) {
        MueJamProperties.Lockout lockout = properties.lockout();
        return new LockoutSettings(lockout.alertAfterFailures(), lockout.lockAfterFailures(), lockout.lockDuration());
    }

    @Bean
    SecondFactorLockoutSettings secondFactorLockoutSettings(MueJamProperties properties) {
        MueJamProperties.SecondFactorLockout lockout = properties.secondFactorLockout();
        return new SecondFactorLockoutSettings(lockout.lockAfterFailures(), lockout.window(), lockout.lockDuration());
    }
}
