package org.muejam.command.identity;

import java.time.Duration;
import java.util.Optional;

/**
 * The challenge a password sign-in gets when a second factor is due: a random token (stored as a hash) that lives
 * five minutes, allows five tries and is spent by the first one that succeeds. It never opens a session itself.
 */
public interface SecondFactorChallenges {

    Duration TTL = Duration.ofMinutes(5);
    int MAX_ATTEMPTS = 5;

    /** One try at a challenge: whose it is, and how many tries are left after this one. */
    record Attempt(String userId, int remaining) {}

    /** A new challenge for the user; returns the token to hand to the client. */
    String issue(String userId);

    /**
     * Counts one try at the challenge, atomically, so concurrent tries cannot exceed the limit. Empty when the
     * token is unknown, expired, spent or out of tries.
     */
    Optional<Attempt> attempt(String token);

    /** Spends the challenge; false if another request spent it first. */
    boolean consume(String token);
}
