package org.muejam.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.muejam.infra.audit.SealKey;
import org.muejam.infra.audit.StoredEvent;
import org.muejam.shared.audit.AuditMetadata;

/**
 * Runs every figure against a platform started by {@code infra/muejam bench} (see docs/performance.md), each beside
 * a baseline measured in the same run, prints the table and writes {@code results.json}. Every loop is bounded in
 * time or size; every request goes to loopback.
 */
public final class Bench {

    private static final String CONSENTS = "consents";
    private static final String COOKIE_EVENT = "org.muejam.shared.legal.CookieConsentRecordedEvent";
    private static final String SAME_STACK = "same HTTP stack + 1 JDBC insert";
    private static final String RAW_INSERT = "raw JDBC insert, 1 row/transaction";

    private final Http http;
    private final Results results = new Results();
    private final ClosedLoop.CpuClock cpu;
    private final Duration warmup;
    private final Duration window;
    private final long events;
    private final long growthEvents;
    private final Path out;
    private final String ownerUrl;
    private final String ownerUser;
    private final String ownerPassword;
    private final String appUser;
    private final String runId = UUID.randomUUID().toString().substring(0, 8);

    private String admin;
    private final AtomicBoolean positionHeaderSeen = new AtomicBoolean();
    private EventTemplate template;
    private double maxCommandRate;
    private final Map<String, Double> atBaseSize = new HashMap<>();

    private Bench() {
        http = new Http(setting("bench.url", "MUEJAM_BENCH_URL", "http://127.0.0.1:18080"));
        cpu = new ClosedLoop.CpuClock(
                Long.parseLong(setting("bench.pid", "MUEJAM_BENCH_APP_PID", "0")),
                Long.parseLong(setting("bench.clockTicks", "MUEJAM_BENCH_CLOCK_TICKS", "100")));
        warmup = Duration.ofSeconds(Long.parseLong(setting("bench.warmup", "MUEJAM_BENCH_WARMUP", "3")));
        window = Duration.ofSeconds(Long.parseLong(setting("bench.seconds", "MUEJAM_BENCH_SECONDS", "8")));
        events = Long.parseLong(setting("bench.events", "MUEJAM_BENCH_EVENTS", "100000"));
        growthEvents = Long.parseLong(setting("bench.growthEvents", "MUEJAM_BENCH_GROWTH_EVENTS", "0"));
        out = Path.of(setting("bench.out", "MUEJAM_BENCH_OUT", "target/bench/results.json"));
        String url = setting("bench.dbUrl", "MUEJAM_DB_URL", "jdbc:postgresql://127.0.0.1:5432/muejam_bench");
        ownerUrl = url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        ownerUser = setting("bench.dbOwner", "MUEJAM_DB_OWNER_USER", "muejam");
        ownerPassword = setting("bench.dbOwnerPassword", "MUEJAM_DB_OWNER_PASSWORD", "");
        appUser = setting("bench.dbApp", "MUEJAM_DB_APP_USER", "muejam_app");
    }

    public static void main(String[] args) throws Exception {
        Bench bench = new Bench();
        boolean complete = bench.run();
        System.exit(complete ? 0 : 1);
    }

    private boolean run() throws Exception {
        setUp();
        figure("command", this::commandFigures);
        figure("lag", this::lagFigure);
        figure(
                "content",
                () -> new ContentFigures(
                                http,
                                new Http(setting(
                                        "bench.elasticsearch", "MUEJAM_ELASTICSEARCH_URL", "http://127.0.0.1:9200")),
                                setting("bench.searchIndex", "MUEJAM_SEARCH_INDEX", "muejam-stories"),
                                results,
                                cpu,
                                warmup,
                                window,
                                this::owner,
                                admin,
                                Integer.parseInt(setting("bench.stories", "MUEJAM_BENCH_STORIES", "500")),
                                Integer.parseInt(setting("bench.comments", "MUEJAM_BENCH_COMMENTS", "10000")))
                        .run());
        figure(
                "queue",
                () -> new QueueFigures(
                                http,
                                results,
                                cpu,
                                warmup,
                                window,
                                this::owner,
                                admin,
                                Integer.parseInt(setting("bench.queueCases", "MUEJAM_BENCH_QUEUE_CASES", "1000000")))
                        .run());
        figure(
                "export",
                () -> new ExportFigures(
                                http,
                                results,
                                this::owner,
                                this::awaitCaughtUp,
                                Integer.parseInt(setting("bench.exportEvents", "MUEJAM_BENCH_EXPORT_EVENTS", "10000")))
                        .run());
        figure("replay", () -> {
            plant(events);
            replayFigures("replay", events);
        });
        figure("seal", this::sealFigure);
        figure("load", this::loadFigures);
        figure("exactly once", this::exactlyOnceFigure);
        figure("growth", this::growthFigures);
        results.write(out);
        System.out.println();
        System.out.print(results.table());
        System.out.println("results: " + out.toAbsolutePath());
        return results.figures().stream()
                .noneMatch(f -> f.note() != null && f.note().startsWith("failed"));
    }

    private interface Step {
        void run() throws Exception;
    }

    /**
     * A figure that fails is reported as failed; the others still run. {@code MUEJAM_BENCH_FIGURES} (a comma list
     * of step names such as {@code command,content}) runs only those; by default every one runs.
     */
    private void figure(String name, Step step) {
        String only = setting("bench.figures", "MUEJAM_BENCH_FIGURES", "");
        if (!only.isBlank() && !List.of(only.split("\\s*,\\s*")).contains(name)) {
            System.out.println("==> " + name + " (not in MUEJAM_BENCH_FIGURES)");
            return;
        }
        System.out.println("==> " + name);
        try {
            step.run();
        } catch (Exception | AssertionError e) {
            e.printStackTrace(System.out);
            results.add(Figure.skipped(
                    name, "-", "failed: " + Http.abbreviate(String.valueOf(e)).replaceAll("\\s+", " ")));
        }
        try {
            results.write(out); // an interrupted run still leaves what it measured
        } catch (java.io.IOException e) {
            System.out.println("    could not write " + out + ": " + e);
        }
    }

    // ------------------------------------------------------------------------------------------------ set-up --

    private void setUp() throws SQLException {
        admin = http.send(
                        "POST",
                        "/api/auth/login",
                        Map.of(
                                "email",
                                System.getenv("MUEJAM_ADMIN_EMAIL"),
                                "password",
                                System.getenv("MUEJAM_ADMIN_PASSWORD")),
                        Map.of())
                .expect(200)
                .json()
                .get("accessToken")
                .asText();
        try (Connection owner = owner();
                Statement sql = owner.createStatement()) {
            sql.execute("CREATE TABLE IF NOT EXISTS bench_raw_event (LIKE domain_event_entry INCLUDING ALL)");
            sql.execute("CREATE TABLE IF NOT EXISTS bench_same_stack (LIKE domain_event_entry INCLUDING ALL)");
            sql.execute("CREATE TABLE IF NOT EXISTS bench_raw_cookie_consent (LIKE cookie_consent INCLUDING ALL)");
            sql.execute("CREATE TABLE IF NOT EXISTS bench_stock_cookie_consent (LIKE cookie_consent INCLUDING ALL)");
            sql.execute("GRANT SELECT, INSERT ON bench_same_stack TO " + appUser);
            sql.execute("GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON bench_stock_cookie_consent TO " + appUser);
        }
        for (String type : List.of("terms-of-service", "privacy-policy")) {
            http.send(
                            "POST",
                            "/api/legal/documents/" + type,
                            Map.of(
                                    "version",
                                    "1",
                                    "content",
                                    "# " + type + "\n\n" + "Words a reader reads. ".repeat(200),
                                    "effectiveDate",
                                    "2026-01-01"),
                            Http.bearer(admin))
                    .expect(201, 409);
        }
    }

    private Connection owner() throws SQLException {
        return DriverManager.getConnection(ownerUrl, ownerUser, ownerPassword);
    }

    private static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    // ----------------------------------------------------------------------------------------------- command --

    private Map<String, Object> cookieBody(String sessionId, boolean analytics) {
        return Map.of("analytics", analytics, "marketing", false, "sessionId", sessionId);
    }

    private void createCommand(boolean sameStack) {
        Map<String, String> headers = sameStack ? Map.of(BenchOnlyConfiguration.HEADER, "jdbc") : Map.of();
        Http.Response response = http.send(
                        "PUT", "/api/legal/cookie-consent", cookieBody("bench-" + UUID.randomUUID(), true), headers)
                .expect(200);
        if (!sameStack && response.header("X-Event-Position") != null) {
            positionHeaderSeen.set(true);
        }
    }

    private ClosedLoop.Outcome rawInserts(int clients) throws Exception {
        EventTemplate row = template();
        Connection[] connections = new Connection[clients];
        PreparedStatement[] inserts = new PreparedStatement[clients];
        try {
            for (int c = 0; c < clients; c++) {
                connections[c] = owner();
                inserts[c] = connections[c].prepareStatement("""
                        INSERT INTO bench_raw_event (event_identifier, aggregate_identifier, sequence_number, type,
                            time_stamp, payload_type, payload_revision, payload, meta_data)
                        VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?)""");
            }
            return ClosedLoop.run(clients, warmup, window, null, (client, i) -> {
                PreparedStatement insert = inserts[client];
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, "session:bench-" + UUID.randomUUID());
                insert.setString(3, row.aggregateType);
                insert.setString(4, Instant.now().toString());
                insert.setString(5, row.payloadType);
                insert.setString(6, row.payloadRevision);
                insert.setBytes(7, row.payload);
                insert.setBytes(8, row.metaData);
                insert.executeUpdate();
            });
        } finally {
            for (Connection connection : connections) {
                if (connection != null) {
                    connection.close();
                }
            }
        }
    }

    private void commandFigures() throws Exception {
        ClosedLoop.Outcome sameStackAt8 = null;
        ClosedLoop.Outcome commandsAt8 = null;
        ClosedLoop.Outcome rawAt8 = null;
        for (int clients : new int[] {1, 8, 32}) {
            ClosedLoop.Outcome commands = ClosedLoop.run(clients, warmup, window, cpu, (c, i) -> createCommand(false));
            ClosedLoop.Outcome sameStack = ClosedLoop.run(clients, warmup, window, cpu, (c, i) -> createCommand(true));
            ClosedLoop.Outcome raw = rawInserts(clients);
            String name = "command create " + clients + " client" + (clients == 1 ? "" : "s");
            results.add(rate(name, "commands/s", commands, sameStack, SAME_STACK));
            results.add(rate(name + " vs raw", "commands/s", commands, raw, RAW_INSERT));
            maxCommandRate = Math.max(maxCommandRate, commands.rate());
            if (clients == 8) {
                sameStackAt8 = sameStack;
                commandsAt8 = commands;
                rawAt8 = raw;
                atBaseSize.put("command", commands.rate());
            }
        }
        String session = "bench-existing-" + runId + "-";
        ClosedLoop.Outcome existing = ClosedLoop.run(
                8,
                warmup,
                window,
                cpu,
                (c, i) -> http.send("PUT", "/api/legal/cookie-consent", cookieBody(session + c, i % 2 == 0), Map.of())
                        .expect(200));
        results.add(rate("command existing aggregate 8 clients", "commands/s", existing, rawAt8, RAW_INSERT));
        results.add(rate(
                "command existing aggregate 8 clients vs stack", "commands/s", existing, sameStackAt8, SAME_STACK));
        cpuFigure(commandsAt8, sameStackAt8);
    }

    private static Figure rate(
            String name, String unit, ClosedLoop.Outcome measured, ClosedLoop.Outcome baseline, String baselineName) {
        String note = String.format(
                Locale.ROOT,
                "baseline p50/p99 %s/%s ms",
                millis(baseline.samples().percentileMillis(50)),
                millis(baseline.samples().percentileMillis(99)));
        if (measured.ok() == 0 && measured.firstError() != null) {
            note += "; first error: " + Http.abbreviate(measured.firstError());
        }
        return Figure.rate(
                        name,
                        unit,
                        measured.rate(),
                        baseline.rate(),
                        baselineName,
                        measured.samples().percentileMillis(50),
                        measured.samples().percentileMillis(99),
                        measured.errors(),
                        note)
                .withNoise(ClosedLoop.ratioNoise(measured, baseline));
    }

    private static String millis(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }

    // --------------------------------------------------------------------------------------------------- cpu --

    private void cpuFigure(ClosedLoop.Outcome commands, ClosedLoop.Outcome sameStack) {
        String name = "cpu per 1000 commands (8 clients)";
        if (commands.cpuSeconds() == null || sameStack.cpuSeconds() == null) {
            results.add(Figure.skipped(name, "cpu-s", "skipped: no /proc/<pid>/stat of the application"));
            return;
        }
        if (commands.ok() == 0 || sameStack.ok() == 0) {
            results.add(Figure.skipped(name, "cpu-s", "failed: no command answered"));
            return;
        }
        double value = commands.cpuSeconds() / commands.ok() * 1000;
        double baseline = sameStack.cpuSeconds() / sameStack.ok() * 1000;
        results.add(Figure.cost(
                name, "cpu-s", value, baseline, "application CPU per 1000 same-stack inserts", null, null, 0, null));
    }

    // --------------------------------------------------------------------------------------------------- lag --

    private void lagFigure() throws Exception {
        String name = "lag event to read model";
        if (!positionHeaderSeen.get()) {
            results.add(Figure.skipped(
                    name,
                    "ms",
                    "skipped: commands answer without X-Event-Position, so no read "
                            + "can await their event (commands still wait for the projections themselves)"));
            return;
        }
        double rate = Math.max(1, maxCommandRate / 2);
        int threads = 4;
        Samples awaited = new Samples();
        Samples plain = new Samples();
        AtomicLong errors = new AtomicLong();
        StringBuilder firstError = new StringBuilder();
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + window.toNanos() * 2;
        long interval = (long) (threads / rate * 1e9);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long offset = interval / threads * t;
            Thread worker = new Thread(() -> {
                for (long k = 0; ; k++) {
                    long due = start + offset + k * interval;
                    if (due >= end) {
                        return;
                    }
                    try {
                        ClosedLoop.sleepUntil(due);
                        Http.Response command = http.send(
                                        "PUT",
                                        "/api/legal/cookie-consent",
                                        cookieBody("bench-lag-" + UUID.randomUUID(), true),
                                        Map.of())
                                .expect(200);
                        long committed = System.nanoTime();
                        String position = command.header("X-Event-Position");
                        Http.Response read = http.get(
                                "/api/legal/consent/status",
                                Map.of(
                                        "Authorization",
                                        "Bearer " + admin,
                                        "X-Await-Position",
                                        position == null ? "0" : position));
                        long seen = System.nanoTime();
                        long p0 = System.nanoTime();
                        Http.Response unawaited = http.get("/api/legal/consent/status", Http.bearer(admin));
                        long p1 = System.nanoTime();
                        if (due < measureFrom) {
                            continue;
                        }
                        if (read.status() == 200 && position != null && unawaited.status() == 200) {
                            awaited.add(seen - committed);
                            plain.add(p1 - p0);
                        } else {
                            errors.incrementAndGet();
                            synchronized (firstError) {
                                if (firstError.length() == 0) {
                                    firstError.append(read.status()).append(' ').append(Http.abbreviate(read.body()));
                                }
                            }
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            });
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join(Duration.ofMinutes(3).toMillis());
        }
        if (awaited.count() == 0) {
            results.add(Figure.skipped(name, "ms", "failed: no awaited read answered; " + firstError));
            return;
        }
        results.add(Figure.cost(
                name,
                "ms p99",
                awaited.percentileMillis(99),
                plain.percentileMillis(99),
                "the same read without X-Await-Position, p99",
                awaited.percentileMillis(50),
                awaited.percentileMillis(99),
                errors.get(),
                String.format(
                        Locale.ROOT,
                        "at %.1f commands/s (half of %.1f); %d reads%s",
                        rate,
                        maxCommandRate,
                        awaited.count(),
                        firstError.length() == 0 ? "" : "; first error: " + firstError)));
    }

    // ------------------------------------------------------------------------------------------------ events --

    /** A real stored cookie-consent event, the shape of every row the bench writes or plants. */
    private record EventTemplate(
            String aggregateType,
            String payloadType,
            String payloadRevision,
            byte[] payload,
            byte[] metaData,
            boolean aggregateIsHolder) {}

    private EventTemplate template() throws SQLException {
        if (template == null) {
            try (Connection owner = owner();
                    PreparedStatement query = owner.prepareStatement("""
                    SELECT aggregate_identifier, type, payload_type, payload_revision, payload, meta_data
                      FROM domain_event_entry WHERE payload_type = ? ORDER BY global_index DESC LIMIT 1""")) {
                query.setString(1, COOKIE_EVENT);
                try (ResultSet rs = query.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("no stored " + COOKIE_EVENT + " to copy: did a command run?");
                    }
                    byte[] payload = rs.getBytes("payload");
                    String holder = Http.JSON.readTree(payload).path("holder").asText();
                    template = new EventTemplate(
                            rs.getString("type"),
                            rs.getString("payload_type"),
                            rs.getString("payload_revision"),
                            payload,
                            rs.getBytes("meta_data"),
                            holder.equals(rs.getString("aggregate_identifier")));
                }
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return template;
    }

    private long scalar(String sql) throws SQLException {
        try (Connection owner = owner();
                Statement statement = owner.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Appends copies of a real cookie-consent event, each for a new holder, until the store holds {@code target}
     * events. The address and client metadata are left out: they are encrypted with the original holder's key.
     */
    private void plant(long target) throws Exception {
        long have = scalar("SELECT count(*) FROM domain_event_entry");
        long missing = target - have;
        if (missing > 0) {
            EventTemplate row = template();
            ObjectNode payload = (ObjectNode) Http.JSON.readTree(row.payload);
            ObjectNode meta =
                    row.metaData == null ? Http.JSON.createObjectNode() : (ObjectNode) Http.JSON.readTree(row.metaData);
            meta.remove(AuditMetadata.IP_ADDRESS);
            meta.remove(AuditMetadata.USER_AGENT);
            System.out.printf(Locale.ROOT, "    planting %d events (store holds %d)%n", missing, have);
            long started = System.nanoTime();
            try (Connection owner = owner();
                    PreparedStatement insert = owner.prepareStatement("""
                    INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                        time_stamp, payload_type, payload_revision, payload, meta_data)
                    VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?)""");
                    PreparedStatement authenticate = owner.prepareStatement(
                            "INSERT INTO audit_event_mac (event_identifier, mac) VALUES (?, ?)")) {
                // planted as the platform would append them: each with its append MAC, or the seal leaves it out
                SealKey sealKey = SealKey.fromBase64(System.getenv("MUEJAM_SEAL_KEY"));
                owner.setAutoCommit(false);
                for (long i = 0; i < missing; i++) {
                    String holder = "session:bench-planted-" + UUID.randomUUID();
                    String now = Instant.now().toString();
                    payload.put("holder", holder);
                    payload.put("consentedAt", now);
                    if (meta.has(AuditMetadata.SUBJECT_ID)) {
                        meta.put(AuditMetadata.SUBJECT_ID, holder);
                    }
                    meta.put(AuditMetadata.REQUEST_ID, UUID.randomUUID().toString());
                    String eventId = UUID.randomUUID().toString();
                    String aggregateId =
                            row.aggregateIsHolder ? holder : UUID.randomUUID().toString();
                    byte[] payloadBytes = Http.JSON.writeValueAsBytes(payload);
                    byte[] metaBytes = Http.JSON.writeValueAsBytes(meta);
                    insert.setString(1, eventId);
                    insert.setString(2, aggregateId);
                    insert.setString(3, row.aggregateType);
                    insert.setString(4, now);
                    insert.setString(5, row.payloadType);
                    insert.setString(6, row.payloadRevision);
                    insert.setBytes(7, payloadBytes);
                    insert.setBytes(8, metaBytes);
                    insert.addBatch();
                    authenticate.setString(1, eventId);
                    authenticate.setBytes(
                            2,
                            sealKey.appendMac(new StoredEvent(
                                    0,
                                    eventId,
                                    aggregateId,
                                    0,
                                    row.aggregateType,
                                    now,
                                    row.payloadType,
                                    row.payloadRevision,
                                    payloadBytes,
                                    metaBytes)));
                    authenticate.addBatch();
                    if ((i + 1) % 1000 == 0 || i + 1 == missing) {
                        insert.executeBatch();
                        authenticate.executeBatch();
                        owner.commit();
                    }
                }
            }
            System.out.printf(Locale.ROOT, "    planted in %.1f s%n", (System.nanoTime() - started) / 1e9);
        }
        awaitCaughtUp(Duration.ofMinutes(Math.max(10, target / 25_000)));
    }

    /** Until every projection (bench-only ones aside) has passed the head and the seal covers every event. */
    private void awaitCaughtUp(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long started = System.nanoTime();
        long reported = started;
        String waitingFor = "";
        while (System.nanoTime() < deadline) {
            long head = scalar("SELECT coalesce(max(global_index), 0) FROM domain_event_entry");
            long sealed = scalar("SELECT coalesce(max(global_index), 0) FROM audit_seal");
            List<String> behind = new ArrayList<>();
            for (JsonNode p : projections()) {
                String name = p.path("name").asText();
                if (!name.startsWith("bench-")
                        && !"STOPPED".equals(p.path("status").asText())
                        && (p.path("position").asLong() < head
                                || "REPLAYING".equals(p.path("status").asText()))) {
                    behind.add(name + " " + p.path("position").asLong());
                }
            }
            if (sealed < head) {
                behind.add("seal " + sealed);
            }
            if (behind.isEmpty()) {
                System.out.printf(
                        Locale.ROOT,
                        "    caught up with %d events in %.1f s%n",
                        head,
                        (System.nanoTime() - started) / 1e9);
                return;
            }
            waitingFor = "head " + head + ": " + String.join(", ", behind);
            if (System.nanoTime() - reported > 30_000_000_000L) {
                reported = System.nanoTime();
                System.out.println("    waiting for " + waitingFor);
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("projections did not catch up within " + timeout + ": " + waitingFor);
    }

    private JsonNode projections() {
        return http.get("/api/admin/projections", Http.bearer(admin))
                .expect(200)
                .json();
    }

    private JsonNode projection(String name) {
        for (JsonNode p : projections()) {
            if (name.equals(p.path("name").asText())) {
                return p;
            }
        }
        throw new IllegalStateException("no projection " + name + " in /api/admin/projections");
    }

    // ------------------------------------------------------------------------------------------------ replay --

    private void replayFigures(String prefix, long size) throws Exception {
        long head = scalar("SELECT max(global_index) FROM domain_event_entry");
        long count = scalar("SELECT count(*) FROM domain_event_entry");
        String label = String.format(Locale.ROOT, "%s consents (%dk events)", prefix, count / 1000);

        long t0 = System.nanoTime();
        http.send("POST", "/api/admin/projections/" + CONSENTS + "/rebuild", null, Http.bearer(admin))
                .expect(202);
        awaitProjection(CONSENTS, head, Duration.ofMinutes(Math.max(10, size / 10_000)));
        double platform = count / ((System.nanoTime() - t0) / 1e9);

        double raw = rawReplay();
        results.add(Figure.rate(
                label,
                "events/s",
                platform,
                raw,
                "raw JDBC keyset read (1000/page) + batched upsert",
                null,
                null,
                0,
                null));
        atBaseSize.putIfAbsent("replay", platform);
        if (!prefix.equals("replay")) {
            return;
        }
        Stock stock = stockReplay(head);
        results.add(Figure.rate(
                label + " vs stock Axon",
                "events/s",
                platform,
                stock.rate,
                "tracking processor, Spring Boot defaults (batch size 1)",
                null,
                null,
                0,
                String.format(Locale.ROOT, "stock sampled over %d events in %.0f s", stock.events, stock.seconds)));
    }

    private void awaitProjection(String name, long head, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Thread.sleep(100);
        while (System.nanoTime() < deadline) {
            JsonNode p = projection(name);
            if (p.path("position").asLong() >= head
                    && !"REPLAYING".equals(p.path("status").asText())
                    && !p.path("replaying").asBoolean(false)) {
                return;
            }
            if ("ERROR".equals(p.path("status").asText())) {
                throw new IllegalStateException(
                        name + " failed while rebuilding: " + p.path("error").asText());
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(name + " did not finish rebuilding within " + timeout);
    }

    /** The replay without a framework: keyset pages of 1000 events, one batched upsert and one commit a page. */
    private double rawReplay() throws Exception {
        long events = 0;
        long started = System.nanoTime();
        try (Connection db = owner()) {
            db.setAutoCommit(false);
            try (Statement truncate = db.createStatement()) {
                truncate.execute("TRUNCATE bench_raw_cookie_consent");
            }
            db.commit();
            try (PreparedStatement page = db.prepareStatement("""
                    SELECT global_index, payload_type, payload FROM domain_event_entry
                     WHERE global_index > ? ORDER BY global_index LIMIT 1000""");
                    PreparedStatement upsert = db.prepareStatement("""
                    INSERT INTO bench_raw_cookie_consent (holder, essential, analytics, marketing, consented_at)
                    VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (holder) DO UPDATE SET essential = excluded.essential, analytics = excluded.analytics,
                        marketing = excluded.marketing, consented_at = excluded.consented_at""")) {
                long after = 0;
                while (true) {
                    page.setLong(1, after);
                    int rows = 0;
                    // one statement may not upsert a row twice: a page keeps each holder's last choice
                    Map<String, JsonNode> latest = new java.util.LinkedHashMap<>();
                    try (ResultSet rs = page.executeQuery()) {
                        while (rs.next()) {
                            rows++;
                            after = rs.getLong(1);
                            if (COOKIE_EVENT.equals(rs.getString(2))) {
                                JsonNode event = Http.JSON.readTree(rs.getBytes(3));
                                latest.put(event.path("holder").asText(), event);
                            }
                        }
                    }
                    for (JsonNode event : latest.values()) {
                        upsert.setString(1, event.path("holder").asText());
                        upsert.setBoolean(2, event.path("essential").asBoolean());
                        upsert.setBoolean(3, event.path("analytics").asBoolean());
                        upsert.setBoolean(4, event.path("marketing").asBoolean());
                        upsert.setTimestamp(
                                5,
                                Timestamp.from(
                                        Instant.parse(event.path("consentedAt").asText())));
                        upsert.addBatch();
                    }
                    upsert.executeBatch();
                    db.commit();
                    events += rows;
                    if (rows < 1000) {
                        break;
                    }
                }
            }
        }
        return events / ((System.nanoTime() - started) / 1e9);
    }

    private record Stock(double rate, long events, double seconds) {}

    /** Spring Boot's stock processor replaying the same log, sampled for a bounded time, then stopped. */
    private Stock stockReplay(long head) throws Exception {
        String name = StockConsentProjection.NAME;
        Duration sample = window.multipliedBy(3);
        http.send("POST", "/api/admin/projections/" + name + "/rebuild", null, Http.bearer(admin))
                .expect(202);
        long t0 = System.nanoTime();
        long deadline = t0 + sample.toNanos();
        long position = 0;
        try {
            while (System.nanoTime() < deadline && position < head) {
                Thread.sleep(500);
                position = Math.max(position, projection(name).path("position").asLong());
            }
        } finally {
            http.send("POST", "/api/admin/bench/processors/" + name + "/stop", null, Http.bearer(admin));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (position <= 0) {
            throw new IllegalStateException("the stock processor made no progress in " + sample);
        }
        return new Stock(position / seconds, position, seconds);
    }

    // -------------------------------------------------------------------------------------------------- seal --

    private void sealFigure() throws Exception {
        awaitCaughtUp(Duration.ofMinutes(10));
        long[] platform = new long[3];
        long verified = 0;
        http.get("/api/admin/audit/verify", Http.bearer(admin)).expect(200);
        for (int i = 0; i < platform.length; i++) {
            long t0 = System.nanoTime();
            JsonNode answer = http.get("/api/admin/audit/verify", Http.bearer(admin))
                    .expect(200)
                    .json();
            platform[i] = System.nanoTime() - t0;
            verified = answer.path("eventsVerified").asLong();
            if (!"OK".equals(answer.path("status").asText())) {
                throw new IllegalStateException("audit verification says " + answer);
            }
        }
        long[] raw = new long[3];
        long hashed = rawChain();
        for (int i = 0; i < raw.length; i++) {
            long t0 = System.nanoTime();
            hashed = rawChain();
            raw[i] = System.nanoTime() - t0;
        }
        double rate = verified / (median(platform) / 1e9);
        double baseline = hashed / (median(raw) / 1e9);
        double[] ratios = new double[platform.length];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = (verified / (platform[i] / 1e9)) / (hashed / (raw[i] / 1e9));
        }
        results.add(Figure.rate(
                        "seal verify",
                        "events/s",
                        rate,
                        baseline,
                        "raw JDBC read + SHA-256 chain over the same columns",
                        Samples.percentile(platform, 50),
                        Samples.percentile(platform, 99),
                        0,
                        verified + " events a run, median of 3 runs")
                .withNoise(Figure.spread(ratios)));
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** SHA-256 over every stored column of every event, each link over the previous one, read in keyset pages. */
    private long rawChain() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] link = new byte[32];
        long events = 0;
        try (Connection db = owner()) {
            db.setAutoCommit(false);
            db.setReadOnly(true);
            try (PreparedStatement page = db.prepareStatement("""
                    SELECT global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                           payload_type, payload_revision, payload, meta_data
                      FROM domain_event_entry WHERE global_index > ? ORDER BY global_index LIMIT 1000""")) {
                long after = 0;
                while (true) {
                    page.setLong(1, after);
                    int rows = 0;
                    try (ResultSet rs = page.executeQuery()) {
                        while (rs.next()) {
                            rows++;
                            after = rs.getLong(1);
                            sha.update(link);
                            sha.update(ByteBuffer.allocate(8).putLong(after).array());
                            for (int column : new int[] {2, 3}) {
                                lengthPrefixed(sha, bytes(rs.getString(column)));
                            }
                            sha.update(ByteBuffer.allocate(8)
                                    .putLong(rs.getLong(4))
                                    .array());
                            for (int column : new int[] {5, 6, 7, 8}) {
                                lengthPrefixed(sha, bytes(rs.getString(column)));
                            }
                            lengthPrefixed(sha, rs.getBytes(9));
                            lengthPrefixed(sha, rs.getBytes(10));
                            link = sha.digest();
                        }
                    }
                    events += rows;
                    if (rows < 1000) {
                        break;
                    }
                }
            }
            db.commit();
        }
        return events;
    }

    private static byte[] bytes(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    private static void lengthPrefixed(MessageDigest sha, byte[] value) {
        sha.update(
                ByteBuffer.allocate(4).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            sha.update(value);
        }
    }

    // -------------------------------------------------------------------------------------------------- load --

    private void loadFigures() throws Exception {
        int clients = 8;
        JsonNode platform = loadGenerator("platform", clients);
        JsonNode baseline = loadGenerator("jdbc", clients);
        Map<String, JsonNode> baselines = new HashMap<>();
        for (JsonNode endpoint : baseline.path("endpoints")) {
            baselines.put(endpoint.path("endpoint").asText(), endpoint);
        }
        JsonNode total = platform.path("total");
        results.add(Figure.rate(
                "load mixed " + clients + " clients (separate JVM)",
                "requests/s",
                total.path("rate").asDouble(),
                baseline.path("total").path("rate").asDouble(),
                "same mix, commands replaced by the same-stack JDBC insert",
                number(total, "p50"),
                number(total, "p99"),
                total.path("errors").asLong(),
                null));
        for (JsonNode endpoint : platform.path("endpoints")) {
            String name = endpoint.path("endpoint").asText();
            JsonNode base = baselines.get(name);
            results.add(Figure.rate(
                    "load " + name,
                    "requests/s",
                    endpoint.path("rate").asDouble(),
                    base == null ? null : base.path("rate").asDouble(),
                    "the same endpoint in the baseline mix",
                    number(endpoint, "p50"),
                    number(endpoint, "p99"),
                    endpoint.path("errors").asLong(),
                    endpoint.path("firstError").isMissingNode()
                                    || endpoint.path("firstError").isNull()
                            ? null
                            : "first error: " + endpoint.path("firstError").asText()));
        }
    }

    /**
     * After the whole run (concurrent commands at 1 to 32 clients, the mixed load), every stored event must have
     * exactly one audit row, at its own position: the count of events that do not is the figure, 0 is right.
     */
    private void exactlyOnceFigure() throws Exception {
        awaitCaughtUp(Duration.ofMinutes(10));
        long events = scalar("SELECT count(*) FROM domain_event_entry");
        long missing = scalar("""
                SELECT count(*) FROM domain_event_entry e
                WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.event_id = e.event_identifier)""");
        long misplaced = scalar("""
                SELECT count(*) FROM audit_log a JOIN domain_event_entry e ON a.event_id = e.event_identifier
                WHERE a.position <> e.global_index""");
        results.add(new Figure(
                "exactly once: events without their audit row",
                "events",
                (double) (missing + misplaced),
                0.0,
                null,
                null,
                null,
                null,
                "every stored event, once, at its own position",
                missing + misplaced,
                events + " events checked: " + missing + " without an audit row, " + misplaced
                        + " at another position"));
        if (missing + misplaced > 0) {
            throw new IllegalStateException(missing + " events lack their audit row, " + misplaced + " misplaced");
        }
    }

    private static Double number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() ? value.asDouble() : null;
    }

    /** Runs {@link LoadGenerator} as its own JVM, so the load's own work is not counted in this process. */
    private JsonNode loadGenerator(String mode, int clients) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(
                java,
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                LoadGenerator.class.getName(),
                setting("bench.url", "MUEJAM_BENCH_URL", "http://127.0.0.1:18080"),
                mode,
                Integer.toString(clients),
                Long.toString(warmup.toSeconds()),
                Long.toString(window.toSeconds() * 2));
        builder.environment().put(LoadGenerator.TOKEN_VARIABLE, admin);
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String last = null;
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("{")) {
                    last = line;
                } else {
                    System.out.println("    [load] " + line);
                }
            }
        }
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0 || last == null) {
            process.destroy();
            throw new IllegalStateException("the load generator (" + mode + ") failed");
        }
        return Http.JSON.readTree(last);
    }

    // ------------------------------------------------------------------------------------------------ growth --

    private void growthFigures() throws Exception {
        long have = scalar("SELECT count(*) FROM domain_event_entry");
        if (growthEvents <= have) {
            String why = "skipped: set MUEJAM_BENCH_GROWTH_EVENTS=1000000 to run (about 20 more minutes here)";
            results.add(Figure.skipped("growth command create 8 clients", "commands/s", why));
            results.add(Figure.skipped("growth replay consents", "events/s", why));
            return;
        }
        plant(growthEvents);
        String size = String.format(Locale.ROOT, "(%dk events)", growthEvents / 1000);
        ClosedLoop.Outcome commands = ClosedLoop.run(8, warmup, window, cpu, (c, i) -> createCommand(false));
        results.add(Figure.rate(
                "growth command create 8 clients " + size,
                "commands/s",
                commands.rate(),
                atBaseSize.get("command"),
                "the same figure at " + events / 1000 + "k events",
                commands.samples().percentileMillis(50),
                commands.samples().percentileMillis(99),
                commands.errors(),
                null));
        Double replayBefore = atBaseSize.get("replay");
        replayFigures("growth replay", growthEvents);
        Figure replay = results.figures().get(results.figures().size() - 1);
        results.add(Figure.rate(
                "growth replay consents " + size,
                "events/s",
                replay.value(),
                replayBefore,
                "the same figure at " + events / 1000 + "k events",
                null,
                null,
                0,
                null));
    }
}
