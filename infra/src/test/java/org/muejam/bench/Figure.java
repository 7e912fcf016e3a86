package org.muejam.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One line of the results: a measured value beside its baseline from the same run. The ratio is oriented so that
 * higher is better: value/baseline for rates, baseline/value for costs and latencies.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"name", "unit", "value", "baseline", "ratio", "p50", "p99", "baselineName", "errors", "note"})
record Figure(String name, String unit, Double value, Double baseline, Double ratio, Double p50, Double p99,
              String baselineName, Long errors, String note) {

    /** Higher is better (throughput). */
    static Figure rate(String name, String unit, double value, Double baseline, String baselineName, Double p50,
                       Double p99, long errors, String note) {
        Double ratio = baseline == null || baseline <= 0 ? null : value / baseline;
        return new Figure(name, unit, value, baseline, ratio, p50, p99, baselineName, errors, note);
    }

    /** Lower is better (latency, cost). */
    static Figure cost(String name, String unit, double value, Double baseline, String baselineName, Double p50,
                       Double p99, long errors, String note) {
        Double ratio = baseline == null || value <= 0 ? null : baseline / value;
        return new Figure(name, unit, value, baseline, ratio, p50, p99, baselineName, errors, note);
    }

    /** A figure that was not measured in this run, with the reason. */
    static Figure skipped(String name, String unit, String why) {
        return new Figure(name, unit, null, null, null, null, null, null, null, why);
    }

    boolean measured() {
        return value != null;
    }
}
