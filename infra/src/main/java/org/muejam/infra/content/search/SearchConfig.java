package org.muejam.infra.content.search;

import org.axonframework.config.ConfigurerModule;
import org.muejam.projections.content.search.StorySequencing;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The search projection handles each story's events in order, whichever aggregate stored them. */
@Configuration
public class SearchConfig {

    @Bean
    ConfigurerModule searchSequencing() {
        return configurer -> configurer.eventProcessing(
                processing -> processing.registerSequencingPolicy(ReadModels.SEARCH, config -> new StorySequencing()));
    }
}
