package org.muejam.command.identity;

import org.muejam.shared.identity.UserId;

/**
 * Set-based rule the aggregates cannot check alone: one account per email address. A claim is written in the
 * same transaction as the events, so a refused command leaves no claim behind.
 */
public interface EmailDirectory {

    /** Claims the address for the user; throws a conflict if another account holds it. */
    void claim(String email, UserId userId);

    boolean isClaimed(String email);

    /** Releases whatever address the account holds (it was erased): the address may register again. */
    void release(UserId userId);
}
