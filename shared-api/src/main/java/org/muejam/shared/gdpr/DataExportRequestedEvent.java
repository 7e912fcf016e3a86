package org.muejam.shared.gdpr;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A person asked for an export of their data; the processor that builds exports starts on this. */
@Revision("1")
public record DataExportRequestedEvent(String exportId, String userId, Instant requestedAt) {}
