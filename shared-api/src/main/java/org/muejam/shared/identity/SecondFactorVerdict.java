package org.muejam.shared.identity;

import java.time.Instant;

/**
 * What the second factor made of a sign-in's code. A wrong code is an answer, not an exception, so that its
 * {@link SecondFactorFailedEvent} is stored: {@code problemType} and {@code detail} say why it was refused, and
 * {@code lockedUntil} is set while the second factor is locked.
 */
public record SecondFactorVerdict(boolean passed, String problemType, String detail, Instant lockedUntil) {

    public static final String LOCKED = "second-factor-locked";

    public static SecondFactorVerdict pass() {
        return new SecondFactorVerdict(true, null, null, null);
    }

    public static SecondFactorVerdict refused(String problemType, String detail) {
        return new SecondFactorVerdict(false, problemType, detail, null);
    }

    public static SecondFactorVerdict locked(Instant lockedUntil) {
        return new SecondFactorVerdict(
                false,
                LOCKED,
                "too many failed second factors: two-factor sign-in to this account is locked until " + lockedUntil,
                lockedUntil);
    }

    public boolean isLocked() {
        return lockedUntil != null;
    }
}
