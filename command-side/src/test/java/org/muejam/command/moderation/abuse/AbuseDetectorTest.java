package org.muejam.command.moderation.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.muejam.command.testing.InMemoryAbuseLedger;
import org.muejam.command.testing.MovableClock;
import org.muejam.shared.moderation.ReportReason;

class AbuseDetectorTest {

    /** The start of a fixed window of every length used here (a whole day). */
    static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    final MovableClock clock = new MovableClock(T0.plus(Duration.ofHours(1)));
    final InMemoryAbuseLedger ledger = new InMemoryAbuseLedger();
    final AbuseDetector detector = new AbuseDetector(
            new AbuseThresholds(
                    new AbuseThresholds.Threshold(3, Duration.ofHours(1)),
                    new AbuseThresholds.Threshold(4, Duration.ofMinutes(10)),
                    new AbuseThresholds.DuplicateContent(3, Duration.ofHours(1), 10),
                    new AbuseThresholds.BotTiming(5, Duration.ofHours(1), 0.05)),
            ledger,
            clock);

    @Test
    void theThirdAccountFromOneAddressWithinTheWindowIsFlaggedAndNamesTheOthers() {
        assertThat(detector.registered("net-a", "user:1", T0)).isEmpty();
        assertThat(detector.registered("net-a", "user:2", T0.plusSeconds(60))).isEmpty();

        List<AbuseFlag> flags = detector.registered("net-a", "user:3", T0.plusSeconds(120));

        assertThat(flags).singleElement().satisfies(flag -> {
            assertThat(flag.rule()).isEqualTo(AbuseRule.ACCOUNTS_PER_ADDRESS);
            assertThat(flag.rule().reason()).isEqualTo(ReportReason.OTHER);
            assertThat(flag.account()).isEqualTo("user:3");
            assertThat(flag.details())
                    .contains("3 accounts", "1h", "user:1", "user:2")
                    .doesNotContain("net-a");
        });
    }

    @Test
    void accountsFromOtherAddressesOrOutsideTheWindowDoNotCount() {
        detector.registered("net-a", "user:1", T0);
        detector.registered("net-b", "user:2", T0.plusSeconds(10));
        assertThat(detector.registered("net-a", "user:3", T0.plusSeconds(20))).isEmpty();

        detector.registered("net-c", "user:4", T0);
        detector.registered("net-c", "user:5", T0.plus(Duration.ofMinutes(30)));
        // user:4 registered one hour and a millisecond before: outside the window
        assertThat(detector.registered(
                        "net-c", "user:6", T0.plus(Duration.ofHours(1)).plusMillis(1)))
                .isEmpty();
    }

    @Test
    void anAccountExactlyOneWindowBeforeStillCounts() {
        clock.set(T0.plus(Duration.ofHours(1)));
        detector.registered("net-a", "user:1", T0);
        detector.registered("net-a", "user:2", T0.plusSeconds(1));
        assertThat(detector.registered("net-a", "user:3", T0.plus(Duration.ofHours(1))))
                .hasSize(1);
    }

    @Test
    void aFlagIsRaisedOncePerAddressAndWindowAndAgainInTheNextWindow() {
        for (int i = 1; i <= 3; i++) {
            detector.registered("net-a", "user:" + i, T0.plusSeconds(i));
        }
        assertThat(detector.registered("net-a", "user:4", T0.plusSeconds(4))).isEmpty();
        assertThat(detector.registered("net-a", "user:5", T0.plusSeconds(5))).isEmpty();

        clock.set(T0.plus(Duration.ofHours(2)));
        for (int i = 6; i <= 7; i++) {
            detector.registered(
                    "net-a", "user:" + i, T0.plus(Duration.ofHours(1)).plusSeconds(i));
        }
        assertThat(detector.registered(
                        "net-a", "user:8", T0.plus(Duration.ofHours(1)).plusSeconds(8)))
                .singleElement()
                .extracting(AbuseFlag::windowStart)
                .isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(ledger.flags()).hasSize(2);
    }

    @Test
    void aRedeliveredRegistrationCountsOnceAndRaisesNothing() {
        detector.registered("net-a", "user:1", T0);
        detector.registered("net-a", "user:2", T0.plusSeconds(1));
        assertThat(detector.registered("net-a", "user:2", T0.plusSeconds(1))).isEmpty();
        assertThat(detector.registered("net-a", "user:1", T0.plusSeconds(2))).isEmpty();
        assertThat(ledger.flags()).isEmpty();
    }

    @Test
    void rapidCreationReadLaterThanItsWindowIsNotJudged() {
        clock.set(T0.plus(Duration.ofMinutes(10)).plusSeconds(6));
        for (int i = 0; i < 6; i++) {
            assertThat(detector.created("user:a", "comment:" + i, T0.plusSeconds(i)))
                    .noneMatch(flag -> flag.rule() == AbuseRule.RAPID_CREATION);
        }
    }

    @Test
    void eventsOlderThanTheWindowWhenReadAreRecordedButNotJudged() {
        clock.set(T0.plus(Duration.ofDays(3)));
        for (int i = 1; i <= 5; i++) {
            assertThat(detector.registered("net-a", "user:" + i, T0.plusSeconds(i)))
                    .isEmpty();
        }
        assertThat(ledger.observations()).isEqualTo(5);
        assertThat(ledger.flags()).isEmpty();
    }

    @Test
    void theFourthPieceWithinTenMinutesIsRapidCreation() {
        clock.set(T0.plus(Duration.ofMinutes(10)));
        for (int i = 1; i <= 3; i++) {
            assertThat(detector.created("user:a", "comment:" + i, T0.plus(Duration.ofMinutes(3 * i))))
                    .isEmpty();
        }
        List<AbuseFlag> flags = detector.created(
                "user:a", "comment:4", T0.plus(Duration.ofMinutes(9)).plusSeconds(59));
        assertThat(flags).singleElement().satisfies(flag -> {
            assertThat(flag.rule()).isEqualTo(AbuseRule.RAPID_CREATION);
            assertThat(flag.rule().reason()).isEqualTo(ReportReason.SPAM);
            assertThat(flag.account()).isEqualTo("user:a");
            assertThat(flag.details()).contains("4 stories, chapters, comments or whispers", "10min");
        });
    }

    @Test
    void threePiecesInTheWindowAreNotRapidCreationNorAreFourSpreadWider() {
        clock.set(T0.plus(Duration.ofMinutes(10)));
        detector.created("user:a", "story:1", T0);
        detector.created("user:a", "chapter:1", T0.plus(Duration.ofMinutes(4)));
        detector.created("user:a", "chapter:2", T0.plus(Duration.ofMinutes(8)));
        assertThat(detector.created(
                        "user:a", "whisper:1", T0.plus(Duration.ofMinutes(10)).plusMillis(1)))
                .isEmpty();
        assertThat(detector.created("user:b", "whisper:2", T0.plus(Duration.ofMinutes(10))))
                .isEmpty();
        // the fourth within the window is
        assertThat(detector.created(
                        "user:a", "whisper:3", T0.plus(Duration.ofMinutes(10)).plusMillis(2)))
                .extracting(AbuseFlag::rule)
                .containsExactly(AbuseRule.RAPID_CREATION);
    }

    @Test
    void postsAtConstantIntervalsAreBotLike() {
        List<AbuseFlag> flags = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            flags.addAll(detector.created("user:bot", "comment:" + i, T0.plus(Duration.ofMinutes(7L * i))));
        }
        assertThat(flags).singleElement().satisfies(flag -> {
            assertThat(flag.rule()).isEqualTo(AbuseRule.BOT_TIMING);
            assertThat(flag.details()).contains("the last 5 posts", "7min apart", "varying by 0s");
        });
    }

    @Test
    void intervalsVaryingJustWithinTheShareAreBotLikeAndJustBeyondAreNot() {
        // gaps 100 s and 110 s alternately: mean 105 s, deviation 5 s = 4.8 % of the mean
        assertThat(timing("user:close", 100, 110, 100, 110)).isPresent();
        // gaps 100 s and 112 s: mean 106 s, deviation 6 s = 5.7 %
        assertThat(timing("user:far", 100, 112, 100, 112)).isEmpty();
    }

    @Test
    void aBurstUnderASecondApartIsNoRhythmButASecondApartIs() {
        assertThat(timing("user:burst", 0, 0, 0, 0)).isEmpty();
        assertThat(timing("user:fast", 0, 1, 0, 1)).isEmpty();
        assertThat(timing("user:second", 1, 1, 1, 1)).isPresent();
    }

    @Test
    void fewerPostsThanTheRuleAsksOrPostsSpreadBeyondTheWindowAreNotBotLike() {
        assertThat(timing("user:few", 60, 60, 60)).isEmpty();
        // four gaps of 16 minutes: 64 minutes from the first to the last, beyond the hour
        assertThat(timing("user:slow", 960, 960, 960, 960)).isEmpty();
    }

    @Test
    void theSameTextFromTheThirdAccountIsDuplicateContent() {
        assertThat(detector.posted("text-1", 30, "user:a", "comment:1", T0)).isEmpty();
        assertThat(detector.posted("text-1", 30, "user:a", "comment:2", T0.plusSeconds(1)))
                .isEmpty();
        assertThat(detector.posted("text-1", 30, "user:b", "comment:3", T0.plusSeconds(2)))
                .isEmpty();
        List<AbuseFlag> flags = detector.posted("text-1", 30, "user:c", "whisper:4", T0.plusSeconds(3));
        assertThat(flags).singleElement().satisfies(flag -> {
            assertThat(flag.rule()).isEqualTo(AbuseRule.DUPLICATE_CONTENT);
            assertThat(flag.account()).isEqualTo("user:c");
            assertThat(flag.details()).contains("3 accounts", "user:a", "user:b");
        });
    }

    @Test
    void shortTextsAreNeverDuplicateContent() {
        detector.posted("text-2", 9, "user:a", "comment:1", T0);
        detector.posted("text-2", 9, "user:b", "comment:2", T0);
        assertThat(detector.posted("text-2", 9, "user:c", "comment:3", T0)).isEmpty();
        assertThat(ledger.observations()).isZero();
        assertThat(detector.posted("text-3", 10, "user:a", "comment:4", T0)).isEmpty();
        assertThat(ledger.observations()).isEqualTo(1);
    }

    @Test
    void pruningForgetsWhatNoWindowReadsAnyMore() {
        detector.registered("net-a", "user:1", T0);
        detector.created("user:a", "comment:1", T0);
        detector.posted("text-1", 30, "user:a", "comment:1", T0);
        detector.prune(T0.plus(Duration.ofMinutes(59)));
        assertThat(ledger.observations()).isEqualTo(3);
        // creation is kept for the bot-timing window (1 h), the longest reading it
        detector.prune(T0.plus(Duration.ofMinutes(61)));
        assertThat(ledger.observations()).isZero();
    }

    @Test
    void windowsAreFixedFromTheEpoch() {
        assertThat(AbuseDetector.windowStart(Instant.parse("2026-03-01T10:59:59.999Z"), Duration.ofHours(1)))
                .isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(AbuseDetector.windowStart(Instant.parse("2026-03-01T11:00:00Z"), Duration.ofHours(1)))
                .isEqualTo(Instant.parse("2026-03-01T11:00:00Z"));
        assertThat(AbuseDetector.describe(Duration.ofMillis(1500))).isEqualTo("1500ms");
        assertThat(AbuseDetector.describe(Duration.ofSeconds(90))).isEqualTo("90s");
        assertThat(AbuseDetector.describe(Duration.ZERO)).isEqualTo("0s");
    }

    private java.util.Optional<AbuseFlag> timing(String author, long... gapsInSeconds) {
        Instant at = T0;
        List<AbuseFlag> flags = new ArrayList<>(detector.created(author, author + ":0", at));
        for (int i = 0; i < gapsInSeconds.length; i++) {
            at = at.plusSeconds(gapsInSeconds[i]);
            flags.addAll(detector.created(author, author + ":" + (i + 1), at));
        }
        return flags.stream().filter(f -> f.rule() == AbuseRule.BOT_TIMING).findFirst();
    }
}
