package org.muejam.command.reading;

import org.muejam.shared.identity.UserId;

/**
 * Set-based rule a list cannot check alone: at most {@link ReadingListPolicy#MAX_LISTS} lists per person. A slot is
 * taken and given back in the same transaction as the list's events, so concurrent creations cannot pass the limit
 * and a refused command takes nothing.
 */
public interface ReadingListQuota {

    /** Takes one of the owner's {@code max} slots; false, taking nothing, when all are taken. */
    boolean take(UserId owner, int max);

    /** Gives a slot back (the list was deleted). */
    void giveBack(UserId owner);
}
