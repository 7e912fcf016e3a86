package org.muejam.infra.health;

import org.elasticsearch.client.RestClient;
import org.springframework.boot.actuate.elasticsearch.ElasticsearchRestClientHealthIndicator;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Health of the dependencies that only some features use (docs/decisions: readiness serves the core). */
@Configuration
public class HealthConfig {

    /** Named as Spring Boot's own, which it replaces: the component stays "elasticsearch". */
    @Bean
    HealthIndicator elasticsearchHealthContributor(RestClient elasticsearch) {
        return new FeatureDependency(new ElasticsearchRestClientHealthIndicator(elasticsearch));
    }
}
