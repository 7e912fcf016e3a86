package org.muejam.command.testing;

import java.util.Objects;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.muejam.shared.identity.SecondFactorVerdict;

/** Hamcrest matchers for the second factor's answers, for {@code expectResultMessagePayloadMatching}. */
public final class Verdicts {

    private Verdicts() {}

    /** A refusal with the stable problem type {@code problemType}, the second factor not locked. */
    public static Matcher<Object> refused(String problemType) {
        return verdict(
                "a refusal of type " + problemType,
                v -> !v.passed()
                        && !v.isLocked()
                        && Objects.equals(v.problemType(), problemType)
                        && v.detail() != null);
    }

    /** A refusal because the second factor is locked until {@code lockedUntil}. */
    public static Matcher<Object> locked(java.time.Instant lockedUntil) {
        return verdict(
                "locked until " + lockedUntil,
                v -> !v.passed()
                        && SecondFactorVerdict.LOCKED.equals(v.problemType())
                        && lockedUntil.equals(v.lockedUntil()));
    }

    private static Matcher<Object> verdict(
            String description, java.util.function.Predicate<SecondFactorVerdict> predicate) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object actual) {
                return actual instanceof SecondFactorVerdict verdict && predicate.test(verdict);
            }

            @Override
            public void describeTo(Description text) {
                text.appendText("SecondFactorVerdict ").appendText(description);
            }
        };
    }
}
