package org.muejam.bench;

import java.util.Arrays;

/** Latencies of one measurement, in nanoseconds; thread-safe to add to, read once the measurement is over. */
final class Samples {

    private long[] values = new long[1024];
    private int size;

    synchronized void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    synchronized void copyInto(Samples other) {
        for (int i = 0; i < size; i++) {
            other.add(values[i]);
        }
    }

    synchronized int count() {
        return size;
    }

    /** Nearest-rank percentile (0 < p <= 100) in milliseconds; null when nothing was measured. */
    synchronized Double percentileMillis(double p) {
        return percentile(Arrays.copyOf(values, size), p);
    }

    static Double percentile(long[] nanos, double p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
        }
        if (nanos.length == 0) {
            return null;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1] / 1_000_000.0;
    }
}
