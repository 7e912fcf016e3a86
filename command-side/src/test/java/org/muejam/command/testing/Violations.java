package org.muejam.command.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Objects;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.muejam.command.shared.DomainRuleViolation;

/**
 * Hamcrest matchers for the refusals the aggregates raise, for {@code expectException(Matcher)}, and the same check
 * for a use case called directly.
 */
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

    /** Asserts that {@code call} is refused with a {@link DomainRuleViolation} of that kind and problem type. */
    public static void assertRefused(ThrowingCallable call, DomainRuleViolation.Kind kind, String problemType) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainRuleViolation.class, refusal -> {
            assertThat(refusal.kind()).isEqualTo(kind);
            assertThat(refusal.problemType()).isEqualTo(problemType);
        });
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
