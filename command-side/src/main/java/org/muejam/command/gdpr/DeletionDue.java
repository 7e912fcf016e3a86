package org.muejam.command.gdpr;

import java.time.Instant;

/**
 * The deadline at which a deletion request's grace period ends, kept by the deadline manager (in PostgreSQL, so it
 * survives restarts) until {@code at}. Carries ids and a time only: nothing personal waits in the scheduler's table.
 */
public record DeletionDue(String requestId, Instant at) {

    /** The deadline's name, one per request (a cancellation cancels it). */
    public static final String NAME = "deletion-due";
}
