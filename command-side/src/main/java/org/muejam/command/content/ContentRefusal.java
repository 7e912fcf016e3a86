package org.muejam.command.content;

import org.muejam.command.shared.DomainRuleViolation;

/**
 * A submission an automated filter refused: nothing is stored, and the transport answers 422 with a {@code rule}
 * member naming the filter (the violation's field).
 */
public final class ContentRefusal {

    public static final String PROBLEM_TYPE = "content-refused";

    private ContentRefusal() {}

    public static DomainRuleViolation refused(String rule, String message) {
        return DomainRuleViolation.invalid(PROBLEM_TYPE, rule, message);
    }
}
