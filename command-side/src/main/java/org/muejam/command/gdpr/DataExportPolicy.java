package org.muejam.command.gdpr;

import java.time.Duration;
import java.time.Instant;
import org.muejam.command.shared.DomainRuleViolation;

/** The rules of data exports: how often a person may ask for one, and how long its link may be valid. */
public final class DataExportPolicy {

    /** One export per person per this interval. */
    public static final Duration INTERVAL = Duration.ofHours(24);

    /** The longest a link may be valid: an S3 presigned URL cannot be valid longer. */
    public static final Duration MAX_VALIDITY = Duration.ofDays(7);

    public static final String RATE_LIMITED = "export-rate-limited";

    private DataExportPolicy() {}

    /** A link is valid for a positive duration of at most {@link #MAX_VALIDITY}. */
    public static Duration requireValidity(Duration validFor) {
        if (validFor == null || validFor.isNegative() || validFor.isZero() || validFor.compareTo(MAX_VALIDITY) > 0) {
            throw DomainRuleViolation.invalid(
                    "invalid-export-validity", null, "an export's link is valid for more than 0 and at most 7 days");
        }
        return validFor;
    }

    /** The refusal of an export asked for within {@link #INTERVAL} of the previous one. */
    public static DomainRuleViolation rateLimited(Instant nextAllowedAt) {
        return DomainRuleViolation.conflict(
                        RATE_LIMITED,
                        null,
                        "one data export per 24 hours; the next may be asked for at " + nextAllowedAt)
                .with("nextExportAt", nextAllowedAt.toString());
    }
}
