package org.muejam.shared.audit;

import java.time.Instant;
import java.util.Map;

/** One row of the audit log, as derived from one event: who did what to which resource, from where and when. */
public record AuditEntry(
        String eventId,
        long position,
        String actionType,
        String actorId,
        String subjectId,
        String ipAddress,
        String userAgent,
        String resourceType,
        String resourceId,
        String result,
        Instant occurredAt,
        Map<String, Object> metadata) {}
