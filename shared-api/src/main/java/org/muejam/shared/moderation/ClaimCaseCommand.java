package org.muejam.shared.moderation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.UserId;

/** A moderator claims an open case: others see it claimed, and may not act on it, until the claim expires. */
public record ClaimCaseCommand(@TargetAggregateIdentifier String caseId, UserId moderatorId) {}
