package org.muejam.shared.moderation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.UserId;

/** The author of content taken down on a notice disputes it (17 U.S.C. § 512(g)(3)), once. */
public record FileDmcaCounterNoticeCommand(
        @TargetAggregateIdentifier String takedownId, UserId authorId, String statement, String signature) {}
