package org.muejam.infra.content.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The story search.
 *
 * @param index the alias searches read (MUEJAM_SEARCH_INDEX); the indices behind it are named {@code <index>-v<time>}
 * @param cacheTtl how long the first page of a query stays in Redis
 * @param indexTimeout how long the projection waits for Elasticsearch to take one document before the event fails
 */
@Validated
@ConfigurationProperties("muejam.search")
public record SearchProperties(
        @DefaultValue("muejam-stories")
        @Pattern(
                regexp = "[a-z0-9][a-z0-9._-]{0,150}",
                message = "MUEJAM_SEARCH_INDEX must be a lower-case Elasticsearch index name (a-z, 0-9, . _ -)")
        String index,

        @DefaultValue("5m") Duration cacheTtl,
        @DefaultValue("30s") Duration indexTimeout,
        @DefaultValue("20") @Min(1) @Max(100) int pageSize) {}
