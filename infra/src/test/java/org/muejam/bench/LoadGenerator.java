package org.muejam.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A mixed load the way the platform's readers use it, run as its own JVM: mostly reading legal documents, giving
 * cookie choices (new browsers and returning ones), signed-in readers checking their consents, and staff reading
 * the audit log. Prints one JSON line with throughput, errors and latency per endpoint. Mode "jdbc" sends the
 * same commands to the bench-only same-stack insert instead.
 *
 * <p>Arguments: base URL, mode (platform|jdbc), clients, warm-up seconds, measured seconds. The administrator's
 * access token comes in {@value #TOKEN_VARIABLE}.
 */
public final class LoadGenerator {

    static final String TOKEN_VARIABLE = "MUEJAM_BENCH_TOKEN";

    private record Endpoint(String name, int weight) {}

    private static final List<Endpoint> MIX = List.of(
            new Endpoint("GET /api/legal/documents/{type}", 40),
            new Endpoint("GET /api/legal/documents/{type}/versions", 10),
            new Endpoint("PUT /api/legal/cookie-consent (new session)", 25),
            new Endpoint("PUT /api/legal/cookie-consent (returning session)", 10),
            new Endpoint("GET /api/legal/consent/status", 10),
            new Endpoint("GET /api/admin/audit-logs", 5));

    private static final class Tally {
        final Samples samples = new Samples();
        final AtomicLong errors = new AtomicLong();
        volatile String firstError;
    }

    private LoadGenerator() {}

    public static void main(String[] args) throws Exception {
        Http http = new Http(args[0]);
        boolean jdbc = "jdbc".equals(args[1]);
        int clients = Integer.parseInt(args[2]);
        long warmup = Long.parseLong(args[3]) * 1_000_000_000L;
        long window = Long.parseLong(args[4]) * 1_000_000_000L;
        String token = System.getenv(TOKEN_VARIABLE);
        Map<String, Tally> tallies = new LinkedHashMap<>();
        MIX.forEach(e -> tallies.put(e.name(), new Tally()));
        int totalWeight = MIX.stream().mapToInt(Endpoint::weight).sum();
        long start = System.nanoTime();
        long measureFrom = start + warmup;
        long measureTo = measureFrom + window;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            String returning = "bench-load-" + UUID.randomUUID();
            Thread thread = new Thread(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < measureTo) {
                    int pick = random.nextInt(totalWeight);
                    Endpoint endpoint = MIX.get(0);
                    for (Endpoint e : MIX) {
                        pick -= e.weight();
                        if (pick < 0) {
                            endpoint = e;
                            break;
                        }
                    }
                    long t0 = System.nanoTime();
                    Tally tally = tallies.get(endpoint.name());
                    try {
                        Http.Response response = call(http, endpoint.name(), random, returning, token, jdbc);
                        long t1 = System.nanoTime();
                        if (ClosedLoop.inWindow(t1, measureFrom, measureTo)) {
                            if (response.status() / 100 == 2) {
                                tally.samples.add(t1 - t0);
                            } else {
                                tally.errors.incrementAndGet();
                                if (tally.firstError == null) {
                                    tally.firstError = response.status() + " " + Http.abbreviate(response.body());
                                }
                            }
                        }
                    } catch (RuntimeException e) {
                        if (ClosedLoop.inWindow(System.nanoTime(), measureFrom, measureTo)) {
                            tally.errors.incrementAndGet();
                            tally.firstError = tally.firstError == null ? String.valueOf(e) : tally.firstError;
                        }
                    }
                }
            });
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join((warmup + window) / 1_000_000 + 120_000);
        }
        double seconds = window / 1e9;
        List<Map<String, Object>> endpoints = new ArrayList<>();
        Samples all = new Samples();
        long ok = 0;
        long errors = 0;
        for (Map.Entry<String, Tally> entry : tallies.entrySet()) {
            Tally tally = entry.getValue();
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("endpoint", entry.getKey());
            line.put("count", tally.samples.count());
            line.put("errors", tally.errors.get());
            line.put("rate", tally.samples.count() / seconds);
            line.put("p50", tally.samples.percentileMillis(50));
            line.put("p99", tally.samples.percentileMillis(99));
            line.put("firstError", tally.firstError);
            endpoints.add(line);
            ok += tally.samples.count();
            errors += tally.errors.get();
            tally.samples.copyInto(all);
        }
        Map<String, Object> total = new LinkedHashMap<>();
        total.put("count", ok);
        total.put("errors", errors);
        total.put("rate", ok / seconds);
        total.put("p50", all.percentileMillis(50));
        total.put("p99", all.percentileMillis(99));
        System.out.println(
                Http.JSON.writeValueAsString(Map.of("mode", args[1], "total", total, "endpoints", endpoints)));
    }

    private static Http.Response call(
            Http http, String endpoint, ThreadLocalRandom random, String returning, String token, boolean jdbc) {
        String type = random.nextBoolean() ? "terms-of-service" : "privacy-policy";
        Map<String, String> command = jdbc ? Map.of(BenchOnlyConfiguration.HEADER, "jdbc") : Map.of();
        return switch (endpoint) {
            case "GET /api/legal/documents/{type}" -> http.get("/api/legal/documents/" + type, Map.of());
            case "GET /api/legal/documents/{type}/versions" ->
                http.get("/api/legal/documents/" + type + "/versions", Map.of());
            case "PUT /api/legal/cookie-consent (new session)" ->
                http.send(
                        "PUT",
                        "/api/legal/cookie-consent",
                        Map.of(
                                "analytics",
                                random.nextBoolean(),
                                "marketing",
                                random.nextBoolean(),
                                "sessionId",
                                "bench-load-" + UUID.randomUUID()),
                        command);
            case "PUT /api/legal/cookie-consent (returning session)" ->
                http.send(
                        "PUT",
                        "/api/legal/cookie-consent",
                        Map.of(
                                "analytics",
                                random.nextBoolean(),
                                "marketing",
                                random.nextBoolean(),
                                "sessionId",
                                returning),
                        command);
            case "GET /api/legal/consent/status" -> http.get("/api/legal/consent/status", Http.bearer(token));
            case "GET /api/admin/audit-logs" -> http.get("/api/admin/audit-logs?limit=20", Http.bearer(token));
            default -> throw new IllegalArgumentException(endpoint);
        };
    }
}
