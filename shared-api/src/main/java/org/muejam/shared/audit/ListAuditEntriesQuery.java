package org.muejam.shared.audit;

import java.time.Instant;

/**
 * Audit rows, newest first, at most {@code limit}; every other component is a filter that applies when it is not
 * null: by or about a person, an action, a resource, occurred in [from, to), before a position of the log.
 */
public record ListAuditEntriesQuery(
        String userId,
        String actionType,
        String resourceType,
        String resourceId,
        Instant from,
        Instant to,
        Long beforePosition,
        int limit) {}
