package org.muejam.shared.gdpr;

import java.time.Instant;

/**
 * An export as the read model has it: {@code progress} 0-100 (100 once READY), the file's key and size once
 * built, and until when its link is valid.
 */
public record DataExportResponse(
        String exportId,
        String userId,
        DataExportStatus status,
        int progress,
        Instant requestedAt,
        Instant readyAt,
        Instant expiresAt,
        String fileKey,
        Long sizeBytes) {}
