package org.muejam.shared.audit;

import java.time.Instant;

/** An aggregate's state as of an instant, rebuilt from the events it had by then. */
public record FindAggregateStateQuery(String aggregateType, String aggregateId, Instant asOf) {}
