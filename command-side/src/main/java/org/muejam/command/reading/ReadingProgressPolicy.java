package org.muejam.command.reading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.muejam.command.shared.DomainRuleViolation;

/**
 * How far into a chapter a reader is: a percent from 0 to 100, kept with two decimals (rounded half up), so a
 * client may send a scroll fraction as it computes it and the same place twice is the same position.
 */
public final class ReadingProgressPolicy {

    public static final int SCALE = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ReadingProgressPolicy() {}

    public static BigDecimal requirePercent(BigDecimal percent) {
        if (percent == null || percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw DomainRuleViolation.invalid("invalid-percent", "percent", "percent is a number from 0 to 100");
        }
        return percent.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
