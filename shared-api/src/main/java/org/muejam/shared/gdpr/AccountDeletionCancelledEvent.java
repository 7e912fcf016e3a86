package org.muejam.shared.gdpr;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.identity.UserId;

/** The person took their deletion request back within the grace period: nothing is erased. */
@Revision("1")
public record AccountDeletionCancelledEvent(String requestId, UserId userId, Instant cancelledAt) {}
