package org.muejam.shared.audit;

/** Every event by or about a person (as actor, as data subject, or on their account), in log order. */
public record ListSubjectEventsQuery(String userId) {}
