package org.muejam.infra.moderation;

import java.time.Duration;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.SimpleDeadlineManager;
import org.muejam.command.moderation.ModerationSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Moderation's settings: how long a claim holds a case ({@code muejam.moderation.claim-duration}, 30 minutes). */
@Configuration
public class ModerationConfig {

    @Bean
    ModerationSettings moderationSettings(@Value("${muejam.moderation.claim-duration:30m}") Duration claimFor) {
        return new ModerationSettings(claimFor, ModerationSettings.APPEAL_WINDOW);
    }

    /** TEMPORARY until the persistent deadline manager lands. */
    @Bean
    DeadlineManager deadlineManager(org.axonframework.config.Configuration configuration) {
        return SimpleDeadlineManager.builder()
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(configuration))
                .build();
    }
}
