package org.muejam.command.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The policies the account's command handlers receive as parameters, made from the deployment's settings. */
@Configuration
public class IdentityPolicies {

    @Bean
    LockoutPolicy lockoutPolicy(LockoutSettings settings) {
        return new LockoutPolicy(settings.alertAfterFailures(), settings.lockAfterFailures(), settings.lockDuration());
    }

    @Bean
    SecondFactorLockoutPolicy secondFactorLockoutPolicy(SecondFactorLockoutSettings settings) {
        return new SecondFactorLockoutPolicy(settings.lockAfterFailures(), settings.window(), settings.lockDuration());
    }
}
