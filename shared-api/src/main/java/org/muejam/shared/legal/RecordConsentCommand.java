package org.muejam.shared.legal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.UserId;

/** A signed-in person accepts one version of one legal document. */
public record RecordConsentCommand(
        @TargetAggregateIdentifier UserId userId, DocumentVersion document, String ipAddress, String userAgent) {}
