package org.muejam.shared.audit;

/** Every event of one aggregate, in order, from the event store. */
public record ListAggregateEventsQuery(String aggregateType, String aggregateId) {}
