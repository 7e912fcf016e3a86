package org.muejam.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Clients that each send one request after the other for a warm-up and then a measured window, both bounded in
 * time; only answers (and failures) that arrive within the window count, whenever their request was sent.
 */
final class ClosedLoop {

    interface Op {
        void run(int client, long iteration) throws Exception;
    }

    /** Parts of the measured window whose rates, compared, show how much a figure moves within one run. */
    static final int SLICES = 4;

    record Outcome(
            long ok,
            long errors,
            double seconds,
            Samples samples,
            Double cpuSeconds,
            String firstError,
            long[] okPerSlice) {
        double rate() {
            return ok / seconds;
        }

        double sliceRate(int slice) {
            return okPerSlice[slice] / (seconds / okPerSlice.length);
        }
    }

    /** The noise of value/baseline: the ratios of the two outcomes' matching slices, spread about their mean. */
    static Double ratioNoise(Outcome value, Outcome baseline) {
        if (value.okPerSlice().length != baseline.okPerSlice().length) {
            return null;
        }
        double[] ratios = new double[value.okPerSlice().length];
        for (int i = 0; i < ratios.length; i++) {
            double base = baseline.sliceRate(i);
            if (base <= 0) {
                return null;
            }
            ratios[i] = value.sliceRate(i) / base;
        }
        return Figure.spread(ratios);
    }

    /** CPU time of another process from /proc/<pid>/stat (utime + stime); null where it cannot be read. */
    record CpuClock(long pid, long ticksPerSecond) {
        Double seconds() {
            if (pid <= 0) {
                return null;
            }
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                // the command name may hold spaces: fields are counted after its closing parenthesis
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) ticksPerSecond;
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
    }

    private ClosedLoop() {}

    static Outcome run(int clients, Duration warmup, Duration window, CpuClock cpu, Op op) throws InterruptedException {
        Samples samples = new Samples();
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        java.util.concurrent.atomic.AtomicLongArray perSlice = new java.util.concurrent.atomic.AtomicLongArray(SLICES);
        AtomicReference<String> firstError = new AtomicReference<>();
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long measureTo = measureFrom + window.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(
                    () -> {
                        long iteration = 0;
                        while (true) {
                            long t0 = System.nanoTime();
                            if (t0 >= measureTo) {
                                return;
                            }
                            try {
                                op.run(client, iteration++);
                                long t1 = System.nanoTime();
                                if (inWindow(t1, measureFrom, measureTo)) {
                                    samples.add(t1 - t0);
                                    ok.incrementAndGet();
                                    perSlice.incrementAndGet(slice(t1, measureFrom, window.toNanos()));
                                }
                            } catch (Exception e) {
                                if (inWindow(System.nanoTime(), measureFrom, measureTo)) {
                                    errors.incrementAndGet();
                                }
                                firstError.compareAndSet(null, String.valueOf(e.getMessage()));
                                pause(20);
                            }
                        }
                    },
                    "bench-client-" + c);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        sleepUntil(measureFrom);
        Double cpu0 = cpu == null ? null : cpu.seconds();
        sleepUntil(measureTo);
        Double cpu1 = cpu == null ? null : cpu.seconds();
        for (Thread thread : threads) {
            thread.join(Duration.ofSeconds(90).toMillis());
        }
        Double cpuSeconds = cpu0 == null || cpu1 == null ? null : cpu1 - cpu0;
        long[] slices = new long[SLICES];
        for (int i = 0; i < SLICES; i++) {
            slices[i] = perSlice.get(i);
        }
        return new Outcome(
                ok.get(), errors.get(), window.toNanos() / 1e9, samples, cpuSeconds, firstError.get(), slices);
    }

    /** Which slice of the window an answer that arrived in it falls in. */
    static int slice(long arrived, long from, long windowNanos) {
        return (int) Math.min(SLICES - 1, Math.max(0, (arrived - from) * SLICES / windowNanos));
    }

    /** An answer counts where it arrives: a slow answer to a request sent in the warm-up still counts. */
    static boolean inWindow(long arrived, long from, long to) {
        return arrived >= from && arrived <= to;
    }

    static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            Thread.sleep(Math.max(1, Math.min(left / 1_000_000, 1000)));
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
