package org.muejam.command.gdpr;

import org.muejam.shared.identity.UserId;

/**
 * Set-based rule the deletion requests cannot check alone: one pending request per account. A claim is written in
 * the transaction of the command that opens the request, and released by the one that cancels or completes it.
 */
public interface PendingDeletions {

    /** Claims the account for the request; throws a conflict naming the pending request if there is one. */
    void claim(UserId userId, String requestId);

    /** Releases the account's claim if {@code requestId} holds it. */
    void release(UserId userId, String requestId);
}
