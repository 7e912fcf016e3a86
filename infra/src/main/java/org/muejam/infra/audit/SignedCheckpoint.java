package org.muejam.infra.audit;

import java.time.Instant;

/**
 * The chain head at a position of the event log, signed by the platform and kept outside the database, so that a
 * rewrite of the whole event table, seal rows included, no longer matches it.
 *
 * @param position the global index of the last event the chain head covers
 * @param chainHead the chain's link at that position, lower-case hex
 * @param signedAt when the platform signed it
 * @param signature the signature over {@link #signedContent()}, base64
 */
public record SignedCheckpoint(long position, String chainHead, Instant signedAt, String signature) {

    /** The exact text that is signed: position, chain head and time, one per line. */
    public String signedContent() {
        return "muejam-checkpoint-v1\n" + position + "\n" + chainHead + "\n" + signedAt;
    }
}
