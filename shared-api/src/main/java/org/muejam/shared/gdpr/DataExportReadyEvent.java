package org.muejam.shared.gdpr;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The export's file is stored under {@code fileKey}; it may be downloaded until {@code expiresAt}. */
@Revision("1")
public record DataExportReadyEvent(
        String exportId, String userId, String fileKey, long sizeBytes, Instant readyAt, Instant expiresAt) {}
