package org.muejam.command.identity;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.muejam.command.shared.DomainRuleViolation;

/**
 * How long a suspension may last, and the refusal a suspended account gets at sign-in and on every request. A
 * suspension whose end has passed is over, even before its deadline has recorded the end.
 */
public final class SuspensionPolicy {

    public static final String PROBLEM_TYPE = "account-suspended";
    public static final int MAX_DAYS = 3650;

    private SuspensionPolicy() {}

    /** The end of a suspension of {@code days} days from {@code now}; null days is a suspension until lifted. */
    public static Instant until(Integer days, Instant now) {
        if (days == null) {
            return null;
        }
        if (days < 1 || days > MAX_DAYS) {
            throw DomainRuleViolation.invalid(
                    "invalid-duration",
                    "durationDays",
                    "a suspension lasts 1 to " + MAX_DAYS + " days, or is permanent (no duration)");
        }
        // to the database's precision, so the end a refusal names is the same from the account and the read model
        return now.plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.MICROS);
    }

    /** Whether a suspension until {@code until} (null: until lifted) is in force at {@code now}. */
    public static boolean inForce(boolean suspended, Instant until, Instant now) {
        return suspended && (until == null || now.isBefore(until));
    }

    /** The refusal (403 account-suspended), naming the end ("permanent" when none) and the moderator's reason. */
    public static DomainRuleViolation suspended(Instant until, String reason) {
        String end = until == null ? "permanent" : until.toString();
        return new DomainRuleViolation(
                        DomainRuleViolation.Kind.FORBIDDEN,
                        PROBLEM_TYPE,
                        null,
                        until == null
                                ? "this account is suspended until a moderator lifts the suspension"
                                : "this account is suspended until " + end)
                .with("until", end)
                .with("reason", reason == null ? "" : reason);
    }
}
