package org.muejam.shared.moderation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.UserId;

/** A DMCA agent (an administrator) approves or rejects a notice, once. */
public record DecideDmcaTakedownCommand(
        @TargetAggregateIdentifier String takedownId, DmcaDecision decision, UserId agentId, String reason) {}
