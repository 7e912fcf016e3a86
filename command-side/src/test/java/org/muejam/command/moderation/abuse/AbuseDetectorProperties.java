package org.muejam.command.moderation.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.muejam.command.testing.InMemoryAbuseLedger;
import org.muejam.command.testing.MovableClock;

class AbuseDetectorProperties {

    static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    record Seen(int kind, int subject, int account, int item, int minute) {}

    /** Whatever the order the events come in, and however often one is delivered, a flag is raised at most once per rule, subject and window. */
    @Property(tries = 300)
    void aFlagIsRaisedAtMostOncePerRuleSubjectAndWindow(
            @ForAll("streams") List<Seen> stream, @ForAll long shuffleSeed) {
        List<Seen> events = new ArrayList<>(stream);
        events.addAll(stream.subList(0, stream.size() / 3));
        Collections.shuffle(events, new Random(shuffleSeed));
        MovableClock clock = new MovableClock(T0.plus(Duration.ofHours(3)));
        InMemoryAbuseLedger ledger = new InMemoryAbuseLedger();
        AbuseDetector detector = new AbuseDetector(
                new AbuseThresholds(
                        new AbuseThresholds.Threshold(2, Duration.ofMinutes(30)),
                        new AbuseThresholds.Threshold(3, Duration.ofMinutes(20)),
                        new AbuseThresholds.DuplicateContent(2, Duration.ofHours(1), 1),
                        new AbuseThresholds.BotTiming(3, Duration.ofHours(1), 0.5)),
                ledger,
                clock);

        List<AbuseFlag> flags = new ArrayList<>();
        for (Seen seen : events) {
            Instant at = T0.plus(Duration.ofMinutes(seen.minute()));
            String account = "user:" + seen.account();
            String item = "item:" + seen.item();
            switch (seen.kind()) {
                case 0 -> flags.addAll(detector.registered("net-" + seen.subject(), account, at));
                case 1 -> flags.addAll(detector.created(account, item, at));
                default -> flags.addAll(detector.posted("text-" + seen.subject(), 40, account, item, at));
            }
        }

        Set<String> keys = new HashSet<>();
        for (AbuseFlag flag : flags) {
            assertThat(keys.add(flag.rule() + "|" + flag.subject() + "|" + flag.windowStart()))
                    .as("raised twice: %s", flag)
                    .isTrue();
            assertThat(flag.details()).isNotBlank();
            assertThat(flag.account()).startsWith("user:");
        }
        assertThat(ledger.flags()).hasSize(flags.size());
    }

    @Provide
    Arbitrary<List<Seen>> streams() {
        Arbitrary<Seen> seen = Combinators.combine(
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.integers().between(0, 60),
                        Arbitraries.integers().between(0, 180))
                .as(Seen::new);
        return seen.list().ofMinSize(1).ofMaxSize(60);
    }
}
