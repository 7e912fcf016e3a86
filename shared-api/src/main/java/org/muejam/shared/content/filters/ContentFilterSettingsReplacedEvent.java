package org.muejam.shared.content.filters;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** An administrator replaced the whole filter configuration. */
@Revision("1")
public record ContentFilterSettingsReplacedEvent(
        String configurationId, ContentFilterSettings settings, Instant replacedAt) {}
