package org.muejam.command.testing;

import java.util.Objects;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.muejam.command.shared.DomainRuleViolation;

/** Hamcrest matchers for the refusals the aggregates raise, for {@code expectException(Matcher)}. */
public final class Violations {

    private Violations() {}

    /** A {@link DomainRuleViolation} of the given kind whose stable problem type is {@code problemType}. */
    public static Matcher<Throwable> violation(DomainRuleViolation.Kind kind, String problemType) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable actual) {
                return actual instanceof DomainRuleViolation refusal
                        && refusal.kind() == kind
                        && Objects.equals(refusal.problemType(), problemType);
            }

            @Override
            public void describeTo(Description description) {
                description
                        .appendText("DomainRuleViolation of kind ")
                        .appendValue(kind)
                        .appendText(" with problem type ")
                        .appendValue(problemType);
            }

            @Override
            protected void describeMismatchSafely(Throwable actual, Description mismatch) {
                if (actual instanceof DomainRuleViolation refusal) {
                    mismatch.appendText("was kind ")
                            .appendValue(refusal.kind())
                            .appendText(" with problem type ")
                            .appendValue(refusal.problemType());
                } else {
                    mismatch.appendText("was ").appendValue(actual);
                }
            }
        };
    }

    public static Matcher<Throwable> invalid(String problemType) {
        return violation(DomainRuleViolation.Kind.INVALID, problemType);
    }

    public static Matcher<Throwable> conflict(String problemType) {
        return violation(DomainRuleViolation.Kind.CONFLICT, problemType);
    }

    public static Matcher<Throwable> notFound(String problemType) {
        return violation(DomainRuleViolation.Kind.NOT_FOUND, problemType);
    }
}
