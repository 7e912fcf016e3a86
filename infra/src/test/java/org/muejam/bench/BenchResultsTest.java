package org.muejam.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class BenchResultsTest {

    private static long[] millis(long... values) {
        return LongStream.of(values).map(v -> v * 1_000_000).toArray();
    }

    @Test
    void percentilesAreNearestRankInMilliseconds() {
        long[] hundred = LongStream.rangeClosed(1, 100).map(v -> v * 1_000_000).toArray();
        assertThat(Samples.percentile(hundred, 50)).isEqualTo(50.0);
        assertThat(Samples.percentile(hundred, 99)).isEqualTo(99.0);
        assertThat(Samples.percentile(hundred, 100)).isEqualTo(100.0);
        assertThat(Samples.percentile(millis(7, 3, 5), 50)).isEqualTo(5.0);
        assertThat(Samples.percentile(millis(42), 99)).isEqualTo(42.0);
        assertThat(Samples.percentile(millis(), 50)).isNull();
        assertThatThrownBy(() -> Samples.percentile(millis(1), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void samplesAddedFromManyThreadsAreAllCounted() throws InterruptedException {
        Samples samples = new Samples();
        List<Thread> threads = LongStream.range(0, 4)
                .mapToObj(t -> new Thread(() -> {
                    for (int i = 1; i <= 1000; i++) {
                        samples.add(i * 1_000_000L);
                    }
                }))
                .toList();
        for (Thread thread : threads) {
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(samples.count()).isEqualTo(4000);
        assertThat(samples.percentileMillis(50)).isEqualTo(500.0);
    }

    @Test
    void ratiosAreOrientedSoThatHigherIsBetter() {
        assertThat(Figure.rate("command", "commands/s", 50, 200.0, "raw", null, null, 0, null)
                        .ratio())
                .isEqualTo(0.25);
        assertThat(Figure.cost("cpu", "cpu-s/1000", 4, 1.0, "raw", null, null, 0, null)
                        .ratio())
                .isEqualTo(0.25);
        assertThat(Figure.rate("x", "u", 5, null, null, null, null, 0, null).ratio())
                .isNull();
        assertThat(Figure.rate("x", "u", 5, 0.0, null, null, null, 0, null).ratio())
                .isNull();
    }

    @Test
    void resultsJsonHoldsEveryFigureWithTheAgreedFields() throws Exception {
        Results results = new Results();
        results.add(Figure.rate("command create 8 clients", "commands/s", 120, 240.0, "jdbc", 30.0, 90.0, 0, null));
        results.add(Figure.skipped("growth replay", "events/s", "skipped: size"));
        JsonNode json = new ObjectMapper().readTree(results.json());
        assertThat(json.fieldNames()).toIterable().containsExactly("figures");
        JsonNode figures = json.get("figures");
        assertThat(figures).hasSize(2);
        for (JsonNode figure : figures) {
            assertThat(figure.fieldNames())
                    .toIterable()
                    .contains("name", "unit", "value", "baseline", "ratio", "p50", "p99");
        }
        assertThat(figures.get(0).get("ratio").asDouble()).isEqualTo(0.5);
        assertThat(figures.get(0).get("p99").asDouble()).isEqualTo(90.0);
        assertThat(figures.get(1).get("value").isNull()).isTrue();
        assertThat(results.table()).contains("command create 8 clients", "0.500", "skipped: size");
    }

    @Test
    void answersCountInTheWindowWhereTheyArriveAndFailuresAreCounted() throws Exception {
        assertThat(ClosedLoop.inWindow(5, 5, 10)).isTrue();
        assertThat(ClosedLoop.inWindow(4, 5, 10)).isFalse();
        assertThat(ClosedLoop.inWindow(11, 5, 10)).isFalse();
        ClosedLoop.Outcome outcome =
                ClosedLoop.run(2, java.time.Duration.ZERO, java.time.Duration.ofMillis(300), null, (client, i) -> {
                    Thread.sleep(5);
                    if (i % 2 == 1) {
                        throw new IllegalStateException("refused");
                    }
                });
        assertThat(outcome.ok()).isPositive();
        assertThat(outcome.errors()).isPositive();
        assertThat(outcome.samples().count()).isEqualTo((int) outcome.ok());
        assertThat(outcome.firstError()).isEqualTo("refused");
        assertThat(outcome.cpuSeconds()).isNull();
    }

    @Test
    void theNoiseOfARatioIsHalfTheSpreadOfItsSlicesRatiosRelativeToTheirMean() {
        assertThat(Figure.spread(new double[] {0.4, 0.6})).isCloseTo(0.2, within(1e-9));
        assertThat(Figure.spread(new double[] {0.5, 0.5, 0.5})).isZero();
        assertThat(Figure.spread(new double[] {0.5})).isNull();
        ClosedLoop.Outcome value =
                new ClosedLoop.Outcome(40, 0, 4, new Samples(), null, null, new long[] {8, 10, 10, 12});
        ClosedLoop.Outcome baseline =
                new ClosedLoop.Outcome(80, 0, 4, new Samples(), null, null, new long[] {20, 20, 20, 20});
        assertThat(ClosedLoop.ratioNoise(value, baseline)).isCloseTo(0.2, within(1e-9));
        assertThat(ClosedLoop.slice(0, 0, 100)).isZero();
        assertThat(ClosedLoop.slice(99, 0, 100)).isEqualTo(ClosedLoop.SLICES - 1);
        assertThat(ClosedLoop.slice(100, 0, 100)).isEqualTo(ClosedLoop.SLICES - 1);
        Figure figure = Figure.rate("command create 8 clients", "commands/s", 120, 240.0, "jdbc", 30.0, 90.0, 0, null)
                .withNoise(0.05);
        assertThat(Results.row(figure)).contains("0.500", "±5%");
    }
}
