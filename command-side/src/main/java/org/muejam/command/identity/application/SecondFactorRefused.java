package org.muejam.command.identity.application;

/** The second step of a sign-in failed: answered 401, with the tries left on the challenge when it survives. */
public class SecondFactorRefused extends RuntimeException {

    private final String problemType;
    private final Integer remainingAttempts;

    private SecondFactorRefused(String problemType, String detail, Integer remainingAttempts) {
        super(detail);
        this.problemType = problemType;
        this.remainingAttempts = remainingAttempts;
    }

    public static SecondFactorRefused challengeInvalid() {
        return new SecondFactorRefused(
                "invalid-challenge",
                "the sign-in challenge is unknown, expired, already used or out of tries; sign in again",
                null);
    }

    public static SecondFactorRefused wrongCode(String problemType, String detail, int remainingAttempts) {
        String next = remainingAttempts > 0
                ? " (" + remainingAttempts + (remainingAttempts == 1 ? " try" : " tries") + " left)"
                : "; no tries left: sign in again";
        return new SecondFactorRefused(problemType, detail + next, remainingAttempts);
    }

    public String problemType() {
        return problemType;
    }

    /** Tries left on the challenge, or null when the challenge itself is not valid. */
    public Integer remainingAttempts() {
        return remainingAttempts;
    }
}
