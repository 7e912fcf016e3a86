package org.muejam.shared.gdpr;

import java.time.Instant;
import java.util.List;

/** A deletion request and, once completed, its receipt ({@code erased}, {@code completedAt}). */
public record DeletionRequestResponse(
        String requestId,
        String userId,
        DeletionStatus status,
        Instant requestedAt,
        Instant scheduledFor,
        Instant cancelledAt,
        Instant completedAt,
        List<String> erased) {}
