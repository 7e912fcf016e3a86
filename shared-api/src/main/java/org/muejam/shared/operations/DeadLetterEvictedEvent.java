package org.muejam.shared.operations;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.muejam.shared.identity.UserId;

/** Who removed which parked events from a projection's dead-letter queue, and why. */
@Revision("1")
public record DeadLetterEvictedEvent(
        String projectionId,
        String projection,
        String sequenceId,
        List<String> eventIds,
        UserId evictedBy,
        String reason,
        Instant evictedAt) {}
