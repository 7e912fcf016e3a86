package org.muejam.shared.moderation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.UserId;

/**
 * An agent records that the claimant has filed an action seeking a court order against the author
 * (17 U.S.C. § 512(g)(2)(C)): the counter-noticed content then stays down.
 */
public record ReportDmcaCourtActionCommand(
        @TargetAggregateIdentifier String takedownId, UserId agentId, String note) {}
