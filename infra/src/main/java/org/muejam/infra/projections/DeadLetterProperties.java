package org.muejam.infra.projections;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How hard a projection tries an event before parking it in its dead-letter queue.
 *
 * @param attempts handlings of one event (the first plus retries, each retry after the processor's back-off of
 *                 1, 2, 4... seconds) before it is parked; at least 2, because only a retry runs under a savepoint
 *                 that keeps the batch's transaction usable for parking the letter
 * @param maxSequences aggregates one processing group may have parked before the group stops and waits
 */
@Validated
@ConfigurationProperties("muejam.projections.dead-letters")
public record DeadLetterProperties(
        @DefaultValue("3") @Min(2) int attempts,
        @DefaultValue("10000") @Min(1) int maxSequences) {}
