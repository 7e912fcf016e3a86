package org.muejam.command.moderation.abuse;

import java.time.Instant;
import java.util.List;

/**
 * What the detector remembers between events: the recent observations (pruned once older than the longest window
 * reading them) and the flags it raised, so that a flag is raised once per rule, subject and window.
 */
public interface AbuseLedger {

    /** Records the observation; false when this item was recorded already (the event was handled before). */
    boolean record(Observation observation);

    /** How many distinct accounts were observed under the subject in [from, to]. */
    long countAccounts(Observation.Kind kind, String subject, Instant from, Instant to);

    /** How many items were observed under the subject in [from, to]. */
    long countItems(Observation.Kind kind, String subject, Instant from, Instant to);

    /** Up to {@code limit} distinct accounts observed under the subject in [from, to], most recent first. */
    List<String> accounts(Observation.Kind kind, String subject, Instant from, Instant to, int limit);

    /** The times of the newest {@code limit} observations under the subject at or before {@code to}, newest first. */
    List<Instant> latest(Observation.Kind kind, String subject, Instant to, int limit);

    /** Marks the flag raised; false when it was raised already. */
    boolean raise(AbuseRule rule, String subject, Instant windowStart, String account, Instant raisedAt);

    /** Forgets the observations of the kind older than {@code before}, and flags raised before {@code flagsBefore}. */
    void prune(Observation.Kind kind, Instant before, Instant flagsBefore);
}
