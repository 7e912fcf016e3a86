package org.muejam.shared.gdpr;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.identity.UserId;

/** A person asked for their account to be erased at {@code scheduledFor}, the end of the grace period. */
@Revision("1")
public record AccountDeletionRequestedEvent(
        String requestId, UserId userId, Instant requestedAt, Instant scheduledFor) {}
