package org.muejam.shared.audit;

import java.time.Instant;

/** What an aggregate was at an instant: its version and last event then, and its state (secrets redacted). */
public record AggregateStateResponse(
        String aggregateType,
        String aggregateId,
        Instant asOf,
        boolean existed,
        long version,
        Instant lastEventAt,
        Object state) {}
