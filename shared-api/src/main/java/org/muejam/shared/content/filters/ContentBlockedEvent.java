package org.muejam.shared.content.filters;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.content.ContentType;

/**
 * An automated filter refused a submission. It names the rule and its category, the field and, for a URL, its
 * host; never the submitted text.
 */
@Revision("1")
public record ContentBlockedEvent(
        String blockId,
        ContentType contentType,
        String authorId,
        String rule,
        String category,
        String field,
        String urlHost,
        Instant blockedAt) {}
