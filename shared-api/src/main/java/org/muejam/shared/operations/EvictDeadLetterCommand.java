package org.muejam.shared.operations;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.UserId;

/**
 * An administrator gives up on the events a projection parked for one sequence (aggregate): they leave the
 * dead-letter queue unprojected. {@code projectionId} is "projection:&lt;processing group&gt;".
 */
public record EvictDeadLetterCommand(
        @TargetAggregateIdentifier String projectionId,
        String sequenceId,
        List<String> eventIds,
        UserId evictedBy,
        String reason) {}
