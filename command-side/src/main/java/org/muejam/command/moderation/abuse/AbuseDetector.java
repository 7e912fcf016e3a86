package org.muejam.command.moderation.abuse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.muejam.command.moderation.abuse.Observation.Kind;

/**
 * The rules over what the ledger remembers. Each observation is recorded once (a redelivered event adds nothing);
 * a rule whose threshold it reaches raises a flag once per subject and window (fixed windows of the rule's length
 * from the epoch), so a burst that goes on raises one flag per window, not one per event. Events older than a
 * rule's window when they are handled (the log read from its start) are recorded but not judged: the past is not
 * reported as if it were happening now.
 */
public final class AbuseDetector {

    /** Accounts named in a flag's details besides the one it is about. */
    static final int NAMED_ACCOUNTS = 10;

    private final AbuseThresholds thresholds;
    private final AbuseLedger ledger;
    private final Clock clock;

    public AbuseDetector(AbuseThresholds thresholds, AbuseLedger ledger, Clock clock) {
        this.thresholds = thresholds;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** An account was registered from the network whose keyed hash is {@code addressKey}. */
    public List<AbuseFlag> registered(String addressKey, String userId, Instant at) {
        Observation seen = new Observation(Kind.REGISTRATION, addressKey, userId, userId, at);
        if (!ledger.record(seen)) {
            return List.of();
        }
        AbuseThresholds.Threshold rule = thresholds.accountsPerAddress();
        return judge(AbuseRule.ACCOUNTS_PER_ADDRESS, seen, rule.window(), () -> {
            Instant from = at.minus(rule.window());
            long accounts = ledger.countAccounts(Kind.REGISTRATION, addressKey, from, at);
            if (accounts < rule.limit()) {
                return Optional.empty();
            }
            return Optional.of("%d accounts were registered from one network address within %s; the others: %s"
                    .formatted(accounts, describe(rule.window()), others(Kind.REGISTRATION, seen, from)));
        });
    }

    /** An author created a story, chapter, comment or whisper. */
    public List<AbuseFlag> created(String authorId, String itemId, Instant at) {
        Observation seen = new Observation(Kind.CREATION, authorId, authorId, itemId, at);
        if (!ledger.record(seen)) {
            return List.of();
        }
        List<AbuseFlag> flags = new ArrayList<>();
        AbuseThresholds.Threshold rapid = thresholds.rapidCreation();
        flags.addAll(judge(AbuseRule.RAPID_CREATION, seen, rapid.window(), () -> {
            long items = ledger.countItems(Kind.CREATION, authorId, at.minus(rapid.window()), at);
            return items < rapid.limit()
                    ? Optional.empty()
                    : Optional.of("%d stories, chapters, comments or whispers were created within %s"
                            .formatted(items, describe(rapid.window())));
        }));
        AbuseThresholds.BotTiming bot = thresholds.botTiming();
        flags.addAll(judge(AbuseRule.BOT_TIMING, seen, bot.window(), () -> {
            List<Instant> times = ledger.latest(Kind.CREATION, authorId, at, bot.posts());
            return BotTimings.regular(times, bot)
                    .map(timing -> ("the last %d posts came at near-constant intervals within %s: %s apart on "
                                    + "average, varying by %s")
                            .formatted(
                                    bot.posts(),
                                    describe(bot.window()),
                                    describe(timing.mean()),
                                    describe(timing.deviation())));
        }));
        return flags;
    }

    /**
     * An author posted a comment or whisper whose text has the fingerprint {@code textKey}, of {@code length}
     * characters once normalized ({@link TextFingerprint}).
     */
    public List<AbuseFlag> posted(String textKey, int length, String authorId, String itemId, Instant at) {
        AbuseThresholds.DuplicateContent rule = thresholds.duplicateContent();
        if (length < rule.minLength()) {
            return List.of();
        }
        Observation seen = new Observation(Kind.TEXT, textKey, authorId, itemId, at);
        if (!ledger.record(seen)) {
            return List.of();
        }
        return judge(AbuseRule.DUPLICATE_CONTENT, seen, rule.window(), () -> {
            Instant from = at.minus(rule.window());
            long accounts = ledger.countAccounts(Kind.TEXT, textKey, from, at);
            if (accounts < rule.accounts()) {
                return Optional.empty();
            }
            return Optional.of("the same text (fingerprint %s) was posted by %d accounts within %s; the others: %s"
                    .formatted(
                            textKey.substring(0, Math.min(12, textKey.length())),
                            accounts,
                            describe(rule.window()),
                            others(Kind.TEXT, seen, from)));
        });
    }

    /** Forgets what no rule reads any more, as of {@code now}; flags are kept twice the longest window. */
    public void prune(Instant now) {
        for (Kind kind : Kind.values()) {
            ledger.prune(
                    kind,
                    now.minus(thresholds.retention(kind)),
                    now.minus(AbuseThresholds.LONGEST_WINDOW.multipliedBy(2)));
        }
    }

    private List<AbuseFlag> judge(
            AbuseRule rule, Observation seen, Duration window, java.util.function.Supplier<Optional<String>> check) {
        if (seen.at().isBefore(clock.instant().minus(window))) {
            return List.of();
        }
        Optional<String> details = check.get();
        if (details.isEmpty()) {
            return List.of();
        }
        Instant windowStart = windowStart(seen.at(), window);
        if (!ledger.raise(rule, seen.subject(), windowStart, seen.account(), seen.at())) {
            return List.of();
        }
        return List.of(new AbuseFlag(rule, seen.subject(), windowStart, seen.account(), details.get()));
    }

    /** The start of the fixed window of {@code length} (counted from the epoch) that holds {@code at}. */
    static Instant windowStart(Instant at, Duration length) {
        long millis = length.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), millis) * millis);
    }

    private String others(Kind kind, Observation seen, Instant from) {
        List<String> others = ledger.accounts(kind, seen.subject(), from, seen.at(), NAMED_ACCOUNTS + 1).stream()
                .filter(account -> !account.equals(seen.account()))
                .limit(NAMED_ACCOUNTS)
                .toList();
        return others.isEmpty() ? "none" : String.join(", ", others);
    }

    /** "1h", "10min", "90s", "250ms": short, and the same for the same setting. */
    static String describe(Duration duration) {
        if (duration.isZero()) {
            return "0s";
        }
        if (duration.toMillis() % 3_600_000 == 0) {
            return duration.toHours() + "h";
        }
        if (duration.toMillis() % 60_000 == 0) {
            return duration.toMinutes() + "min";
        }
        if (duration.toMillis() % 1_000 == 0) {
            return duration.toSeconds() + "s";
        }
        return duration.toMillis() + "ms";
    }
}
