package org.muejam.shared.content.filters;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add one entry to a block-list of the filter configuration. */
public record AddBlocklistEntryCommand(
        @TargetAggregateIdentifier String configurationId, BlocklistKind kind, String value) {}
