package org.muejam.command.gdpr;

import java.time.Duration;

/**
 * How long a deletion request waits before the account is erased ({@code MUEJAM_DELETION_GRACE}, 30 days by
 * default): long enough to change one's mind, short enough for the GDPR's "without undue delay" (a month, at most
 * three for complex requests, Art. 12(3)).
 */
public record DeletionGrace(Duration period) {

    public static final Duration DEFAULT = Duration.ofDays(30);
    public static final Duration MAXIMUM = Duration.ofDays(90);

    public DeletionGrace {
        if (period == null || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("the deletion grace period must be a positive duration, such as P30D");
        }
        if (period.compareTo(MAXIMUM) > 0) {
            throw new IllegalArgumentException(
                    "the deletion grace period must be at most " + MAXIMUM.toDays() + " days (P90D), was " + period);
        }
    }
}
