package org.muejam.shared.gdpr;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The export's link ran out: its file is deleted and it can no longer be downloaded. */
@Revision("1")
public record DataExportExpiredEvent(String exportId, String userId, String fileKey, Instant expiredAt) {}
