package org.muejam.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One line of the results: a measured value beside its baseline from the same run. The ratio is oriented so that
 * higher is better: value/baseline for rates, baseline/value for costs and latencies.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({
    "name",
    "unit",
    "value",
    "baseline",
    "ratio",
    "noise",
    "p50",
    "p99",
    "baselineName",
    "errors",
    "note"
})
record Figure(
        String name,
        String unit,
        Double value,
        Double baseline,
        Double ratio,
        Double noise,
        Double p50,
        Double p99,
        String baselineName,
        Long errors,
        String note) {

    /** Higher is better (throughput). */
    static Figure rate(
            String name,
            String unit,
            double value,
            Double baseline,
            String baselineName,
            Double p50,
            Double p99,
            long errors,
            String note) {
        Double ratio = baseline == null || baseline <= 0 ? null : value / baseline;
        return new Figure(name, unit, value, baseline, ratio, null, p50, p99, baselineName, errors, note);
    }

    /** Lower is better (latency, cost). */
    static Figure cost(
            String name,
            String unit,
            double value,
            Double baseline,
            String baselineName,
            Double p50,
            Double p99,
            long errors,
            String note) {
        Double ratio = baseline == null || value <= 0 ? null : baseline / value;
        return new Figure(name, unit, value, baseline, ratio, null, p50, p99, baselineName, errors, note);
    }

    /** A figure that was not measured in this run, with the reason. */
    static Figure skipped(String name, String unit, String why) {
        return new Figure(name, unit, null, null, null, null, null, null, null, null, why);
    }

    /**
     * The same figure with the noise of its ratio: half the spread of the ratios measured over parts of the run,
     * relative to the ratio (0.1 means the ratio moved by about ±10% within this run).
     */
    Figure withNoise(Double relative) {
        return new Figure(name, unit, value, baseline, ratio, relative, p50, p99, baselineName, errors, note);
    }

    /** Half the spread of the given ratios relative to their mean; null for fewer than two. */
    static Double spread(double[] ratios) {
        if (ratios.length < 2) {
            return null;
        }
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        double sum = 0;
        for (double r : ratios) {
            min = Math.min(min, r);
            max = Math.max(max, r);
            sum += r;
        }
        double mean = sum / ratios.length;
        return mean <= 0 ? null : (max - min) / 2 / mean;
    }

    boolean measured() {
        return value != null;
    }
}
