package org.muejam.shared.content.filters;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** An administrator added one entry to a block-list (on top of the built-in defaults if none was stored yet). */
@Revision("1")
public record BlocklistEntryAddedEvent(String configurationId, BlocklistKind kind, String value, Instant addedAt) {}
