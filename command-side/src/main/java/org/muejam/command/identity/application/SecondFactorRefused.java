package org.muejam.command.identity.application;

import java.time.Instant;

/**
 * The second step of a sign-in failed: answered 401, with the tries left on the challenge when it survives, or 423
 * with the time to wait while the account's second factor is locked.
 */
public class SecondFactorRefused extends RuntimeException {

    private final int status;
    private final String problemType;
    private final Integer remainingAttempts;
    private final Instant lockedUntil;
    private final Long retryAfterSeconds;

    private SecondFactorRefused(
            int status,
            String problemType,
            String detail,
            Integer remainingAttempts,
            Instant lockedUntil,
            Long retryAfterSeconds) {
        super(detail);
        this.status = status;
        this.problemType = problemType;
        this.remainingAttempts = remainingAttempts;
        this.lockedUntil = lockedUntil;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static SecondFactorRefused challengeInvalid() {
        return new SecondFactorRefused(
                401,
                "invalid-challenge",
                "the sign-in challenge is unknown, expired, already used or out of tries; sign in again",
                null,
                null,
                null);
    }

    public static SecondFactorRefused wrongCode(String problemType, String detail, int remainingAttempts) {
        String next = remainingAttempts > 0
                ? " (" + remainingAttempts + (remainingAttempts == 1 ? " try" : " tries") + " left)"
                : "; no tries left: sign in again";
        return new SecondFactorRefused(401, problemType, detail + next, remainingAttempts, null, null);
    }

    /** The account's second factor is locked until {@code lockedUntil}, whatever the challenge or code. */
    public static SecondFactorRefused locked(String problemType, String detail, Instant lockedUntil, Instant now) {
        long seconds = Math.max(1, (long) Math.ceil((lockedUntil.toEpochMilli() - now.toEpochMilli()) / 1000.0));
        return new SecondFactorRefused(423, problemType, detail, null, lockedUntil, seconds);
    }

    /** The HTTP status to answer with. */
    public int status() {
        return status;
    }

    public String problemType() {
        return problemType;
    }

    /** Tries left on the challenge, or null when the challenge itself is not valid or the second factor is locked. */
    public Integer remainingAttempts() {
        return remainingAttempts;
    }

    /** When the lock of the second factor ends, or null when it is not locked. */
    public Instant lockedUntil() {
        return lockedUntil;
    }

    /** Seconds until the lock ends (for Retry-After), or null when it is not locked. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
