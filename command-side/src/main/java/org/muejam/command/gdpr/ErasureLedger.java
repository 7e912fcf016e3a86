package org.muejam.command.gdpr;

import java.time.Instant;
import java.util.List;
import org.muejam.shared.identity.UserId;

/**
 * Every erasure ever carried out (account ids and times, nothing personal), kept apart from the database so that a
 * restored backup, which predates some erasures, can be made to forget those people again.
 */
public interface ErasureLedger {

    record Entry(UserId userId, String requestId, Instant erasedAt) {}

    /** Records an erasure; recording the same account again keeps one entry. */
    void record(Entry entry);

    List<Entry> entries();
}
