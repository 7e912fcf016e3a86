package org.muejam.infra.moderation.abuse;

import java.time.Duration;
import java.util.List;
import org.muejam.command.moderation.abuse.AbuseThresholds;
import org.muejam.infra.web.TrustedProxies;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The abuse detector's thresholds ({@code muejam.abuse.*}), checked at start-up: a wrong one stops the start with
 * its name.
 *
 * @param exemptNetworks CIDR ranges (besides loopback) whose requests the detector does not count: an importer, a
 *                       partner's shared address; filter flags are reported whatever the address
 * @param pruneInterval how often observations older than every window are deleted
 */
@ConfigurationProperties("muejam.abuse")
public record AbuseDetectionProperties(
        @DefaultValue Limit accountsPerAddress,
        @DefaultValue RapidCreation rapidCreation,
        @DefaultValue DuplicateContent duplicateContent,
        @DefaultValue BotTiming botTiming,
        @DefaultValue List<String> exemptNetworks,
        @DefaultValue("10m") Duration pruneInterval) {

    /** Accounts from one address (an IPv4 address, an IPv6 /64) within the window. */
    public record Limit(
            @DefaultValue("5") int limit,
            @DefaultValue("1h") Duration window) {}

    /** Stories, chapters, comments and whispers by one author within the window. */
    public record RapidCreation(
            @DefaultValue("20") int limit,
            @DefaultValue("10m") Duration window) {}

    /** Accounts posting the same comment or whisper text (of minLength characters or more) within the window. */
    public record DuplicateContent(
            @DefaultValue("3") int accounts,
            @DefaultValue("1h") Duration window,
            @DefaultValue("20") int minLength) {}

    /** An author's last posts (all within the window) whose intervals vary by at most maxVariation of their mean. */
    public record BotTiming(
            @DefaultValue("8") int posts,
            @DefaultValue("24h") Duration window,
            @DefaultValue("0.05") double maxVariation) {}

    public AbuseDetectionProperties {
        exemptNetworks = exemptNetworks == null ? List.of() : List.copyOf(exemptNetworks);
        try {
            TrustedProxies.of(exemptNetworks);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("muejam.abuse.exempt-networks: " + e.getMessage());
        }
        if (pruneInterval == null || pruneInterval.isNegative() || pruneInterval.isZero()) {
            throw new IllegalStateException("muejam.abuse.prune-interval must be longer than zero");
        }
        thresholds(accountsPerAddress, rapidCreation, duplicateContent, botTiming);
    }

    public AbuseThresholds thresholds() {
        return thresholds(accountsPerAddress, rapidCreation, duplicateContent, botTiming);
    }

    public TrustedProxies exemptRanges() {
        return TrustedProxies.of(exemptNetworks);
    }

    private static AbuseThresholds thresholds(
            Limit accounts, RapidCreation rapid, DuplicateContent duplicate, BotTiming bot) {
        return new AbuseThresholds(
                checked(
                        "accounts-per-address",
                        () -> new AbuseThresholds.Threshold(accounts.limit(), accounts.window())),
                checked("rapid-creation", () -> new AbuseThresholds.Threshold(rapid.limit(), rapid.window())),
                checked(
                        "duplicate-content",
                        () -> new AbuseThresholds.DuplicateContent(
                                duplicate.accounts(), duplicate.window(), duplicate.minLength())),
                checked(
                        "bot-timing",
                        () -> new AbuseThresholds.BotTiming(bot.posts(), bot.window(), bot.maxVariation())));
    }

    /** The setting built, or a start-up failure naming it (muejam.abuse.bot-timing: posts must be ...). */
    private static <T> T checked(String setting, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("muejam.abuse." + setting + ": " + e.getMessage(), e);
        }
    }
}
