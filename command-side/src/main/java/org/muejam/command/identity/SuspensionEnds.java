package org.muejam.command.identity;

import java.time.Instant;
import org.muejam.shared.identity.UserId;

/**
 * The deadline at which a suspension runs out, kept by the deadline manager (in PostgreSQL) until {@code until}. It
 * names the end it was scheduled for, so a deadline of a suspension since replaced or lifted changes nothing.
 */
public record SuspensionEnds(UserId userId, Instant until) {

    /** The deadline's name, one per account at most (a new suspension cancels the previous one's). */
    public static final String NAME = "suspension-ends";
}
