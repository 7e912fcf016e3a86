package org.muejam.infra.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A date whose year lies within [min, max]. ISO-8601 lets a request carry years such as +9999999 that PostgreSQL
 * cannot store, so such a date is refused before it becomes an event a projection could never write.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Constraint(validatedBy = YearWithin.Validator.class)
public @interface YearWithin {

    int min() default 1900;

    int max() default 9999;

    String message() default "must be a date in the years {min} to {max}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<YearWithin, LocalDate> {

        private int min;
        private int max;

        @Override
        public void initialize(YearWithin bounds) {
            this.min = bounds.min();
            this.max = bounds.max();
        }

        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            return date == null || (date.getYear() >= min && date.getYear() <= max);
        }
    }
}
