package org.muejam.shared.gdpr;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.identity.UserId;

/** The grace period of a deletion request ended without a cancellation: the account is to be erased now. */
@Revision("1")
public record AccountDeletionDueEvent(String requestId, UserId userId, Instant dueAt) {}
