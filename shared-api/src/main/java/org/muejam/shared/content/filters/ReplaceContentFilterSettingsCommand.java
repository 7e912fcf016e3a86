package org.muejam.shared.content.filters;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replace the whole filter configuration. */
public record ReplaceContentFilterSettingsCommand(
        @TargetAggregateIdentifier String configurationId, ContentFilterSettings settings) {}
