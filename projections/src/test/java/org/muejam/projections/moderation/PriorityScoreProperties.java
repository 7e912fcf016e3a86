package org.muejam.projections.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.muejam.shared.moderation.PriorityScore;
import org.muejam.shared.moderation.ReportReason;
import org.muejam.shared.moderation.ReportSubjectType;

/**
 * The queue's order is the score's: sorting by the stored rank key (base minus the hours since the epoch at opening)
 * gives the order of base plus the hours in the queue, at any instant after the cases opened; and the parts of the
 * score keep the seeds' rules.
 */
class PriorityScoreProperties {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Property(tries = 1000)
    void theRankKeyOrdersCasesAsTheirScoresDoAtAnyLaterInstant(
            @ForAll @IntRange(min = -20, max = 400) int baseA,
            @ForAll @LongRange(min = 0, max = 90L * 24 * 3600 * 1000) long openedA,
            @ForAll @IntRange(min = -20, max = 400) int baseB,
            @ForAll @LongRange(min = 0, max = 90L * 24 * 3600 * 1000) long openedB,
            @ForAll @LongRange(min = 0, max = 365L * 24 * 3600 * 1000) long later) {
        Instant a = START.plusMillis(openedA);
        Instant b = START.plusMillis(openedB);
        Instant now = (a.isAfter(b) ? a : b).plusMillis(later);
        double scoreDifference = PriorityScore.score(baseA, a, now) - PriorityScore.score(baseB, b, now);
        double rankDifference = PriorityScore.rankKey(baseA, a) - PriorityScore.rankKey(baseB, b);
        assertThat(rankDifference).isCloseTo(scoreDifference, org.assertj.core.api.Assertions.within(1e-6));
        if (Math.abs(scoreDifference) > 1e-6) {
            assertThat(Math.signum(rankDifference)).isEqualTo(Math.signum(scoreDifference));
        }
    }

    @Property(tries = 300)
    void moreDistinctReportersNeverLowerTheScore(
            @ForAll("types") ReportSubjectType type, @ForAll @IntRange(min = 0, max = 30) int people) {
        List<PriorityScore.Report> reports = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            reports.add(new PriorityScore.Report(false, "reader-" + i, ReportReason.SPAM, null, null));
        }
        int before = PriorityScore.of(type, reports).base();
        reports.add(new PriorityScore.Report(false, "reader-" + people, ReportReason.SPAM, null, null));
        int after = PriorityScore.of(type, reports).base();
        assertThat(after).isGreaterThanOrEqualTo(before);
        assertThat(after - before).isEqualTo(people < PriorityScore.MAX_COUNTED_REPORTERS ? 10 : 0);
        // the same person reporting twice is one reporter
        reports.add(new PriorityScore.Report(false, "reader-0", ReportReason.SPAM, null, null));
        assertThat(PriorityScore.of(type, reports).base()).isEqualTo(after);
    }

    @Property(tries = 300)
    void anAutomatedHighHateFindingOutranksEveryOtherFinding(
            @ForAll("reasons") ReportReason reason, @ForAll("severities") String severity) {
        int hate = PriorityScore.severityPoints("HIGH", ReportReason.HATE);
        int other = PriorityScore.severityPoints(severity, reason);
        if (!(reason == ReportReason.HATE && "HIGH".equalsIgnoreCase(severity))) {
            assertThat(hate).isGreaterThan(other);
        }
        assertThat(PriorityScore.severityPoints(severity, ReportReason.HATE))
                .isGreaterThan(PriorityScore.severityPoints(severity, ReportReason.SPAM));
    }

    @Property(tries = 300)
    void aReportersRecordCountsOnlyFromThreeResolvedReports(
            @ForAll @IntRange(min = 0, max = 50) int resolved, @ForAll @IntRange(min = 0, max = 50) int upheld) {
        int kept = Math.min(upheld, resolved);
        Double accuracy = PriorityScore.accuracy(resolved, kept);
        if (resolved < 3) {
            assertThat(accuracy).isNull();
        } else {
            assertThat(accuracy).isBetween(0.0, 1.0);
            assertThat(PriorityScore.accuracyPoints(accuracy)).isBetween(-10, 10);
        }
    }

    @Example
    void threeReportsScoreAboveOneAndAStrongRecordAddsTen() {
        PriorityScore one = PriorityScore.of(
                ReportSubjectType.COMMENT,
                List.of(new PriorityScore.Report(false, "a", ReportReason.HARASSMENT, null, null)));
        PriorityScore three = PriorityScore.of(
                ReportSubjectType.COMMENT,
                List.of(
                        new PriorityScore.Report(false, "a", ReportReason.HARASSMENT, null, 1.0),
                        new PriorityScore.Report(false, "b", ReportReason.HARASSMENT, null, null),
                        new PriorityScore.Report(false, "c", ReportReason.HARASSMENT, null, null)));
        assertThat(one.base()).isEqualTo(15);
        assertThat(three.base()).isEqualTo(45);
        assertThat(three.accuracyPoints()).isEqualTo(10);
        assertThat(PriorityScore.timePoints(START, START.plus(Duration.ofMinutes(90))))
                .isEqualTo(1.5);
    }

    @Provide
    Arbitrary<ReportSubjectType> types() {
        return Arbitraries.of(ReportSubjectType.class).injectNull(0.1);
    }

    @Provide
    Arbitrary<ReportReason> reasons() {
        return Arbitraries.of(ReportReason.class).injectNull(0.1);
    }

    @Provide
    Arbitrary<String> severities() {
        return Combinators.combine(
                        Arbitraries.of("LOW", "MEDIUM", "HIGH", "high", "", "SEVERE"), Arbitraries.of(true, false))
                .as((severity, present) -> present ? severity : null);
    }
}
