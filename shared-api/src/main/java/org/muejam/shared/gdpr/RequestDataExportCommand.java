package org.muejam.shared.gdpr;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.UserId;

/** A person asks for a copy of everything the platform holds about them. */
public record RequestDataExportCommand(
        @TargetAggregateIdentifier String exportId, UserId requestedBy) {}
