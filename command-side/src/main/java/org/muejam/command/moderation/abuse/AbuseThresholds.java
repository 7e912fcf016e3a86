package org.muejam.command.moderation.abuse;

import java.time.Duration;

/**
 * When the detector's rules raise a flag. Checked when built, so a wrong setting stops the start with its name.
 *
 * @param accountsPerAddress accounts registered from one address within the window
 * @param rapidCreation pieces of content one author creates within the window
 * @param duplicateContent accounts posting the same text within the window, for texts of at least minLength
 *                         characters once normalized
 * @param botTiming an author's last posts (all within the window) whose intervals vary by at most maxVariation of
 *                  their mean
 */
public record AbuseThresholds(
        Threshold accountsPerAddress, Threshold rapidCreation, DuplicateContent duplicateContent, BotTiming botTiming) {

    /** The longest window any rule may use: observations are kept this long at most. */
    public static final Duration LONGEST_WINDOW = Duration.ofDays(30);

    public static final AbuseThresholds DEFAULTS = new AbuseThresholds(
            new Threshold(5, Duration.ofHours(1)),
            new Threshold(20, Duration.ofMinutes(10)),
            new DuplicateContent(3, Duration.ofHours(1), 20),
            new BotTiming(8, Duration.ofHours(24), 0.05));

    public AbuseThresholds {
        require(accountsPerAddress != null, "accounts-per-address", "is missing");
        require(rapidCreation != null, "rapid-creation", "is missing");
        require(duplicateContent != null, "duplicate-content", "is missing");
        require(botTiming != null, "bot-timing", "is missing");
    }

    /** A flag when {@code limit} or more are seen within {@code window}. */
    public record Threshold(int limit, Duration window) {
        public Threshold {
            require(limit >= 2 && limit <= 10_000, "limit", "must be between 2 and 10000, not " + limit);
            requireWindow(window);
        }
    }

    public record DuplicateContent(int accounts, Duration window, int minLength) {
        public DuplicateContent {
            require(accounts >= 2 && accounts <= 10_000, "accounts", "must be between 2 and 10000, not " + accounts);
            requireWindow(window);
            require(
                    minLength >= 1 && minLength <= 10_000,
                    "min-length",
                    "must be between 1 and 10000, not " + minLength);
        }
    }

    public record BotTiming(int posts, Duration window, double maxVariation) {
        public BotTiming {
            require(posts >= 3 && posts <= 1_000, "posts", "must be between 3 and 1000, not " + posts);
            requireWindow(window);
            require(
                    maxVariation >= 0 && maxVariation <= 1,
                    "max-variation",
                    "must be between 0 and 1, not " + maxVariation);
        }
    }

    /** The longest window of the rules reading the kind: older observations of it can go. */
    public Duration retention(Observation.Kind kind) {
        return switch (kind) {
            case REGISTRATION -> accountsPerAddress.window();
            case CREATION -> max(rapidCreation.window(), botTiming.window());
            case TEXT -> duplicateContent.window();
        };
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static void requireWindow(Duration window) {
        require(window != null, "window", "is missing");
        require(
                !window.isNegative() && !window.isZero() && window.compareTo(LONGEST_WINDOW) <= 0,
                "window",
                "must be longer than zero and at most 30 days, not " + window);
    }

    private static void require(boolean condition, String setting, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(setting + " " + problem);
        }
    }
}
