package org.muejam.shared.audit;

import java.util.Iterator;
import java.util.Map;

/**
 * Events as the history shows them, secrets redacted. They are read from the store while the iterator is walked,
 * so a long history is written out as it is read rather than held in memory.
 */
public record AuditEventsResponse(Iterator<Map<String, Object>> events) {}
