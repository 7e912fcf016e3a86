package org.muejam.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The queue figure: the first page of {@code GET /api/moderation/queue} with {@code MUEJAM_BENCH_QUEUE_CASES} open
 * cases, beside the same page read by the same SQL sent raw to PostgreSQL. The cases are written straight into the
 * moderation read model by SQL ({@code generate_series}), not through events: a million reports through the API
 * would take hours here, and the figure measures the read, which sees the same rows either way. They are deleted
 * again at the end, so a rebuild of the projection (which would not recreate them) finds the table as the log has it.
 * Beside the raw query, the same run measures the floor of the HTTP stack: the same administrator's
 * {@code GET /api/me/strikes}, which passes the same filters, rate limits and query bus to one indexed query of the
 * same read model and answers an empty list; the gap between the two is what the queue page itself costs.
 */
final class QueueFigures {

    private static final int CLIENTS = 8;
    private static final String RAW_SQL = "the same first-page query sent raw to PostgreSQL";
    /** An authenticated read of the same read model through the same stack that finds nothing: the stack's floor. */
    static final String STACK_PATH = "/api/me/strikes";

    private static final String STACK =
            "the same HTTP stack answering the same caller's empty read of the moderation read model (GET " + STACK_PATH
                    + ")";
    /** The query the queue's handler sends for a first page of 20 (it asks one more to know there is a next page). */
    static final String FIRST_PAGE = """
            SELECT case_id, subject_type, subject_id, reason, base_score, rank_key, report_count, status,
                   claimed_by, claim_expires_at, opened_at, version
            FROM moderation_case WHERE status = 'OPEN' ORDER BY rank_key DESC, opened_at, case_id LIMIT 21""";

    private final Http http;
    private final Results results;
    private final ClosedLoop.CpuClock cpu;
    private final Duration warmup;
    private final Duration window;
    private final ContentFigures.Connections database;
    private final String admin;
    private final int cases;
    private final String author = "bench-queue-" + UUID.randomUUID().toString().substring(0, 8);

    QueueFigures(
            Http http,
            Results results,
            ClosedLoop.CpuClock cpu,
            Duration warmup,
            Duration window,
            ContentFigures.Connections database,
            String admin,
            int cases) {
        this.http = http;
        this.results = results;
        this.cpu = cpu;
        this.warmup = warmup;
        this.window = window;
        this.database = database;
        this.admin = admin;
        this.cases = cases;
    }

    void run() throws Exception {
        plant();
        try {
            measure();
        } finally {
            remove();
        }
    }

    /**
     * {@code cases} open cases over the last 30 days, with scores spread as reports make them (1-5 reporters,
     * every 7th with an automated finding, the five kinds of item), the rank key computed as the projection does.
     */
    private void plant() throws SQLException {
        long started = System.nanoTime();
        try (Connection db = database.open();
                PreparedStatement insert = db.prepareStatement("""
                        INSERT INTO moderation_case (case_id, subject_type, subject_id, author_id, reason, status,
                            report_count, reporter_count, highest_severity, report_points, automated_points,
                            accuracy_points, type_points, base_score, rank_key, opened_at, version)
                        SELECT 'case:' || md5(? || g)::uuid, t.type, t.type || ':' || md5('s' || ? || g)::uuid, ?,
                               (ARRAY['SPAM','HARASSMENT','HATE','NSFW','PII','COPYRIGHT','OTHER'])[1 + g % 7], 'OPEN',
                               p.reports + CASE WHEN g % 7 = 0 THEN 1 ELSE 0 END, p.reports,
                               CASE WHEN g % 7 = 0 THEN 'HIGH' END, p.reports * 10,
                               CASE WHEN g % 7 = 0 THEN 50 ELSE 0 END, 0, t.points,
                               p.reports * 10 + CASE WHEN g % 7 = 0 THEN 50 ELSE 0 END + t.points,
                               p.reports * 10 + CASE WHEN g % 7 = 0 THEN 50 ELSE 0 END + t.points
                                   - (extract(epoch FROM o.opened_at) * 1000)::bigint / 3600000.0,
                               o.opened_at, 1
                        FROM generate_series(1, ?) g
                        CROSS JOIN LATERAL (SELECT 1 + g % 5 AS reports) p
                        CROSS JOIN LATERAL (SELECT (ARRAY['story','chapter','whisper','comment','user'])[1 + g % 5]
                                                   AS type,
                                                   (ARRAY[15, 10, 5, 5, 20])[1 + g % 5] AS points) t
                        CROSS JOIN LATERAL (SELECT date_trunc('milliseconds',
                                now() - (g * 2592000000::bigint / ?) * interval '1 millisecond') AS opened_at) o
                        """)) {
            insert.setString(1, author);
            insert.setString(2, author);
            insert.setString(3, author);
            insert.setInt(4, cases);
            insert.setInt(5, cases);
            insert.executeUpdate();
            try (Statement analyze = db.createStatement()) {
                analyze.execute("ANALYZE moderation_case");
            }
        }
        System.out.printf(
                Locale.ROOT,
                "    %d open cases planted by SQL in %.1f s%n",
                cases,
                (System.nanoTime() - started) / 1e9);
    }

    private void measure() throws Exception {
        Map<String, String> asAdmin = Http.bearer(admin);
        JsonNode first = http.get("/api/moderation/queue", asAdmin).expect(200).json();
        if (first.get("items").size() != 20 || first.get("nextCursor").isNull()) {
            throw new IllegalStateException("the queue's first page is not a full page: " + first);
        }
        String plan = plan();
        // both reads are warmed up before either is measured: the first loop of a fresh platform would otherwise
        // pay for the JIT compilation of the whole stack, which the second then finds done
        ClosedLoop.run(
                CLIENTS,
                warmup,
                warmup,
                cpu,
                (c, i) -> http.get(STACK_PATH, asAdmin).expect(200));
        ClosedLoop.run(
                CLIENTS,
                warmup,
                warmup,
                cpu,
                (c, i) -> http.get("/api/moderation/queue", asAdmin).expect(200));
        ClosedLoop.Outcome api = ClosedLoop.run(
                CLIENTS,
                warmup,
                window,
                cpu,
                (c, i) -> http.get("/api/moderation/queue", asAdmin).expect(200));
        ClosedLoop.Outcome raw = rawLoop();
        // the floor of the stack: the same caller, security, rate limits, query bus and read model, an empty answer
        ClosedLoop.Outcome stack = ClosedLoop.run(
                CLIENTS,
                warmup,
                window,
                cpu,
                (c, i) -> http.get(STACK_PATH, asAdmin).expect(200));
        String size =
                String.format(Locale.ROOT, "%d open cases (planted by SQL, not through events); plan: %s", cases, plan);
        results.add(ContentFigures.latency(
                "queue first page 8 clients",
                api,
                raw,
                RAW_SQL,
                String.format(
                        Locale.ROOT,
                        "%s; %.0f vs %.0f pages/s; platform CPU %s ms a page",
                        size,
                        api.rate(),
                        raw.rate(),
                        cpuPerRequest(api))));
        results.add(ContentFigures.latency(
                "queue first page vs same stack 8 clients",
                api,
                stack,
                STACK,
                String.format(
                        Locale.ROOT,
                        "%s; %.0f vs %.0f answers/s; platform CPU %s vs %s ms an answer",
                        size,
                        api.rate(),
                        stack.rate(),
                        cpuPerRequest(api),
                        cpuPerRequest(stack))));
    }

    /** The platform's CPU time (every thread of it) over the window, per answer: the work a page costs it. */
    private static String cpuPerRequest(ClosedLoop.Outcome outcome) {
        if (outcome.cpuSeconds() == null || outcome.ok() == 0) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.2f", outcome.cpuSeconds() * 1000 / outcome.ok());
    }

    /** The first line of the raw query's plan: an index scan of moderation_queue is what makes it cheap. */
    private String plan() throws SQLException {
        try (Connection db = database.open();
                Statement explain = db.createStatement();
                ResultSet rows = explain.executeQuery("EXPLAIN " + FIRST_PAGE)) {
            StringBuilder plan = new StringBuilder();
            while (rows.next()) {
                String line = rows.getString(1).strip();
                if (line.contains("Scan")) {
                    plan.append(line.replaceAll("\\s+\\(cost=.*$", ""));
                    break;
                }
            }
            return plan.toString();
        }
    }

    private ClosedLoop.Outcome rawLoop() throws Exception {
        Connection[] connections = new Connection[CLIENTS];
        PreparedStatement[] statements = new PreparedStatement[CLIENTS];
        try {
            for (int c = 0; c < CLIENTS; c++) {
                connections[c] = database.open();
                statements[c] = connections[c].prepareStatement(FIRST_PAGE);
            }
            return ClosedLoop.run(CLIENTS, warmup, window, cpu, (c, i) -> {
                try (ResultSet rows = statements[c].executeQuery()) {
                    while (rows.next()) {
                        rows.getString(1);
                    }
                }
            });
        } finally {
            for (Connection connection : connections) {
                if (connection != null) {
                    connection.close();
                }
            }
        }
    }

    private void remove() throws SQLException {
        try (Connection db = database.open();
                PreparedStatement delete = db.prepareStatement("DELETE FROM moderation_case WHERE author_id = ?")) {
            delete.setString(1, author);
            delete.executeUpdate();
        }
    }
}
