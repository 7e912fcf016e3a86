package org.muejam.command.identity;

import java.time.LocalDate;
import java.time.Period;
import org.muejam.command.shared.DomainRuleViolation;

/** COPPA: nobody under 13 may hold an account. */
public final class AgePolicy {

    public static final int MINIMUM_AGE = 13;

    private AgePolicy() {}

    public static boolean isOldEnough(LocalDate birthDate, LocalDate today) {
        return birthDate != null
                && !birthDate.isAfter(today)
                && Period.between(birthDate, today).getYears() >= MINIMUM_AGE;
    }

    public static void requireOldEnough(LocalDate birthDate, LocalDate today) {
        if (birthDate == null) {
            throw DomainRuleViolation.invalid("birth-date-required", "birthDate", "birthDate is required");
        }
        if (birthDate.isAfter(today)) {
            throw DomainRuleViolation.invalid("birth-date-in-future", "birthDate", "birthDate lies in the future");
        }
        if (!isOldEnough(birthDate, today)) {
            throw DomainRuleViolation.invalid(
                    "age-requirement-not-met",
                    "birthDate",
                    "you must be at least " + MINIMUM_AGE + " years old to register");
        }
    }
}
