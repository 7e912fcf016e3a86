package org.muejam.infra.moderation;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the processor mailing moderation's notices reads the log. */
@Configuration
public class ModerationMailsConfig {

    /**
     * Side effects (mail) start at the head of the log: a new deployment must not mail the past; batches of one, so
     * that retrying a failed batch never mails a notice twice.
     */
    @Bean
    ConfigurerModule moderationMailsProcessorConfiguration() {
        return configurer ->
                configurer.eventProcessing(processing -> processing.registerPooledStreamingEventProcessorConfiguration(
                        ModerationMails.NAME,
                        (config, builder) -> builder.initialSegmentCount(1)
                                .batchSize(1)
                                .initialToken(source -> source.createHeadToken())));
    }
}
