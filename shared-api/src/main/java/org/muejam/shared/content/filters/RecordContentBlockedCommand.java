package org.muejam.shared.content.filters;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.content.ContentType;

/**
 * Keep the record of a refused submission. Sent apart from the refused command, whose unit of work stores
 * nothing.
 */
public record RecordContentBlockedCommand(
        @TargetAggregateIdentifier String blockId,
        ContentType contentType,
        String authorId,
        String rule,
        String category,
        String field,
        String urlHost) {}
