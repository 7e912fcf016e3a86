package org.muejam.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The content figures: search through the API beside the same query sent raw to Elasticsearch; the lag from a
 * published story to its being found; a story's comments page (with {@code MUEJAM_BENCH_COMMENTS} comments on it)
 * and its chapter list beside the same queries sent raw to PostgreSQL. The stories and comments are written
 * through the API by the bench's administrator (whose address is verified), so they pass the screening like
 * anyone's.
 */
final class ContentFigures {

    interface Connections {
        Connection open() throws SQLException;
    }

    private static final int CLIENTS = 8;
    private static final String RAW_ES = "the same query sent raw to Elasticsearch";
    private static final String RAW_SQL = "the same keyset query sent raw to PostgreSQL";
    private static final List<String> WORDS = List.of(
            "harbor",
            "lantern",
            "winter",
            "orchard",
            "meadow",
            "signal",
            "copper",
            "river",
            "falcon",
            "ember",
            "garden",
            "silver",
            "thunder",
            "willow",
            "compass",
            "glacier",
            "harvest",
            "island",
            "jasmine",
            "kettle",
            "lighthouse",
            "marble",
            "nectar",
            "oracle",
            "pepper",
            "quarry",
            "raven",
            "saffron",
            "tundra",
            "velvet");

    private final Http http;
    private final Http elasticsearch;
    private final String alias;
    private final Results results;
    private final ClosedLoop.CpuClock cpu;
    private final Duration warmup;
    private final Duration window;
    private final Connections database;
    private final String admin;
    private final int stories;
    private final int comments;
    private final String runId = UUID.randomUUID().toString().substring(0, 6);

    ContentFigures(
            Http http,
            Http elasticsearch,
            String alias,
            Results results,
            ClosedLoop.CpuClock cpu,
            Duration warmup,
            Duration window,
            Connections database,
            String admin,
            int stories,
            int comments) {
        this.http = http;
        this.elasticsearch = elasticsearch;
        this.alias = alias;
        this.results = results;
        this.cpu = cpu;
        this.warmup = warmup;
        this.window = window;
        this.database = database;
        this.admin = admin;
        this.stories = stories;
        this.comments = comments;
    }

    void run() throws Exception {
        String feedStory = writeStories();
        searchFigures();
        indexingLagFigure();
        writeComments(feedStory);
        feedFigures(feedStory);
    }

    // ------------------------------------------------------------------------------------------------ set-up --

    private Map<String, String> asAdmin() {
        return Http.bearer(admin);
    }

    private String createStory(String title, String description) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", description);
        body.put("genre", "fantasy");
        body.put("tags", List.of(WORDS.get(Math.floorMod(title.hashCode(), WORDS.size()))));
        body.put("nsfw", false);
        return http.send("POST", "/api/stories", body, asAdmin())
                .expect(201)
                .json()
                .get("id")
                .asText();
    }

    /** Publishes and returns the X-Event-Position of the publication. */
    private String publish(String storyId) {
        return http.send("POST", "/api/stories/" + storyId + "/publish", null, asAdmin())
                .expect(200)
                .header("X-Event-Position");
    }

    /** Three words of the vocabulary per title, so that every word is in about a tenth of the stories. */
    private String title(long n) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return WORDS.get(random.nextInt(WORDS.size())) + " " + WORDS.get(random.nextInt(WORDS.size())) + " "
                + WORDS.get(random.nextInt(WORDS.size())) + " " + n;
    }

    /** {@code stories} published stories for the search figures; returns one more, with two chapters, for the feed. */
    private String writeStories() throws Exception {
        long started = System.nanoTime();
        parallel(stories, n -> publish(createStory(title(n), "<p>A tale of " + title(n) + ".</p>")));
        String feed = createStory("feed " + runId, "<p>The story the comments go on.</p>");
        for (int chapter = 1; chapter <= 2; chapter++) {
            StringBuilder text = new StringBuilder("<p>");
            for (int sentence = 0; sentence < 300; sentence++) {
                text.append("The ").append(title(sentence)).append(" went by. ");
            }
            http.send(
                            "POST",
                            "/api/stories/" + feed + "/chapters",
                            Map.of(
                                    "title",
                                    "Chapter " + chapter,
                                    "content",
                                    text.append("</p>").toString()),
                            asAdmin())
                    .expect(201);
        }
        publish(feed);
        System.out.printf(
                Locale.ROOT,
                "    %d stories written and published in %.1f s%n",
                stories + 1,
                (System.nanoTime() - started) / 1e9);
        return feed;
    }

    private void writeComments(String storyId) throws Exception {
        long started = System.nanoTime();
        parallel(
                comments,
                n -> http.send(
                                "POST",
                                "/api/comments",
                                Map.of(
                                        "targetType",
                                        "story",
                                        "targetId",
                                        storyId,
                                        "content",
                                        "Comment " + n + ": " + title(n) + " was a fine turn."),
                                asAdmin())
                        .expect(201));
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                Locale.ROOT, "    %d comments written in %.1f s (%.0f/s)%n", comments, seconds, comments / seconds);
    }

    private interface Write {
        void run(long n) throws Exception;
    }

    private static void parallel(int count, Write write) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> futures = new ArrayList<>();
            AtomicLong next = new AtomicLong();
            for (int t = 0; t < CLIENTS; t++) {
                futures.add(pool.submit(() -> {
                    for (long n = next.getAndIncrement(); n < count; n = next.getAndIncrement()) {
                        write.run(n);
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get(30, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ------------------------------------------------------------------------------------------------ search --

    private static String word(long iteration, int client) {
        return WORDS.get((int) Math.floorMod(iteration * 7 + client * 13, WORDS.size()));
    }

    /** The query the platform sends for {@code /api/search?q=word} (relevance, first page of 20, visible only). */
    private Map<String, Object> rawQuery(String word) {
        return Map.of(
                "size",
                20,
                "track_total_hits",
                true,
                "query",
                Map.of(
                        "bool",
                        Map.of(
                                "must",
                                List.of(Map.of(
                                        "multi_match",
                                        Map.of(
                                                "query",
                                                word,
                                                "fields",
                                                List.of("title^3", "tags^2", "description", "authorName"),
                                                "type",
                                                "best_fields",
                                                "tie_breaker",
                                                0.3,
                                                "lenient",
                                                true))),
                                "filter",
                                List.of(Map.of("term", Map.of("visible", true))))),
                "sort",
                List.of(Map.of("_score", Map.of("order", "desc")), Map.of("id", Map.of("order", "asc"))));
    }

    private void searchFigures() throws Exception {
        // every request asks the index itself (Cache-Control: no-cache), as a first search of a query does
        ClosedLoop.Outcome api = ClosedLoop.run(CLIENTS, warmup, window, cpu, (c, i) -> {
            JsonNode page = http.get("/api/search?q=" + word(i, c), Map.of("Cache-Control", "no-cache"))
                    .expect(200)
                    .json();
            if (page.get("items").isEmpty()) {
                throw new IllegalStateException("no story found for " + word(i, c));
            }
        });
        ClosedLoop.Outcome raw = ClosedLoop.run(
                CLIENTS,
                warmup,
                window,
                cpu,
                (c, i) -> elasticsearch
                        .send(
                                "POST",
                                "/" + alias + "/_search?ignore_unavailable=true&allow_no_indices=true",
                                rawQuery(word(i, c)),
                                Map.of())
                        .expect(200));
        results.add(latency(
                "search 8 clients (index)",
                api,
                raw,
                RAW_ES,
                String.format(
                        Locale.ROOT, "%d stories; %.0f vs %.0f searches/s", stories + 1, api.rate(), raw.rate())));
        // next pages: neither cached nor recorded as a SearchPerformedEvent, so the event write drops out
        List<String> nextPages = new ArrayList<>();
        for (String word : WORDS) {
            JsonNode first = http.get("/api/search?q=" + word, Map.of("Cache-Control", "no-cache"))
                    .expect(200)
                    .json();
            if (!first.get("nextCursor").isNull()) {
                nextPages.add("/api/search?q=" + word + "&cursor="
                        + first.get("nextCursor").asText());
            }
        }
        if (nextPages.isEmpty()) {
            results.add(Figure.skipped(
                    "search 8 clients (next page, nothing recorded)", "ms p99", "skipped: no word has a second page"));
        } else {
            ClosedLoop.Outcome next = ClosedLoop.run(
                    CLIENTS,
                    warmup,
                    window,
                    cpu,
                    (c, i) -> http.get(nextPages.get((int) Math.floorMod(i * 7 + c * 13, nextPages.size())), Map.of())
                            .expect(200));
            results.add(latency(
                    "search 8 clients (next page, nothing recorded)",
                    next,
                    raw,
                    RAW_ES,
                    String.format(Locale.ROOT, "%.0f vs %.0f searches/s", next.rate(), raw.rate())));
        }
        // popular queries: the first page of a handful of words, answered from the Redis cache after the first
        ClosedLoop.Outcome cached = ClosedLoop.run(
                CLIENTS,
                warmup,
                window,
                cpu,
                (c, i) -> http.get("/api/search?q=" + WORDS.get((int) (i % 5)), Map.of())
                        .expect(200));
        results.add(latency(
                "search 8 clients (popular, cached)",
                cached,
                raw,
                RAW_ES,
                String.format(Locale.ROOT, "%.0f vs %.0f searches/s", cached.rate(), raw.rate())));
    }

    // ------------------------------------------------------------------------------------------- indexing lag --

    /**
     * Paced: a story is written and published, then searched for by a word only it has, with X-Await-Position at the
     * publication's position (the search waits until the search projection has indexed past it). The lag is the
     * time from the publication's answer to the answer that finds the story. The baseline is Elasticsearch's own
     * floor: one document indexed raw with {@code refresh=wait_for}, then searched for, timed the same way.
     */
    private void indexingLagFigure() throws Exception {
        Samples lag = new Samples();
        Samples floor = new Samples();
        AtomicLong errors = new AtomicLong();
        String scratch = "bench-lag-" + runId;
        int rounds = Math.max(20, (int) (window.toSeconds() * 4));
        parallel(rounds, n -> {
            String unique = "zq"
                    + UUID.randomUUID()
                            .toString()
                            .replace("-", "")
                            .substring(0, 12)
                            .replaceAll("\\d", "x");
            String id = createStory(unique + " arrives", "<p>A new story.</p>");
            String position = publish(id);
            long published = System.nanoTime();
            if (!found(unique, id, position)) {
                errors.incrementAndGet();
                return;
            }
            lag.add(System.nanoTime() - published);

            long t0 = System.nanoTime();
            elasticsearch
                    .send(
                            "PUT",
                            "/" + scratch + "/_doc/" + n + "?refresh=wait_for",
                            Map.of("id", id, "title", unique + " arrives", "visible", true),
                            Map.of())
                    .expect(200, 201);
            elasticsearch
                    .send(
                            "POST",
                            "/" + scratch + "/_search",
                            Map.of("query", Map.of("match", Map.of("title", unique))),
                            Map.of())
                    .expect(200);
            floor.add(System.nanoTime() - t0);
        });
        elasticsearch.send("DELETE", "/" + scratch, null, Map.of());
        if (lag.count() == 0) {
            results.add(Figure.skipped("indexing lag event to searchable", "ms", "failed: no story was found"));
            return;
        }
        results.add(Figure.cost(
                "indexing lag event to searchable",
                "ms p99",
                lag.percentileMillis(99),
                floor.percentileMillis(99),
                "raw index with refresh=wait_for, then search, p99",
                lag.percentileMillis(50),
                lag.percentileMillis(99),
                errors.get(),
                String.format(
                        Locale.ROOT,
                        "%d stories, 8 at a time; floor p50 %s ms",
                        lag.count(),
                        millis(floor.percentileMillis(50)))));
    }

    private boolean found(String word, String id, String position) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode page = http.get(
                            "/api/search?q=" + word, Map.of("X-Await-Position", position == null ? "0" : position))
                    .expect(200)
                    .json();
            for (JsonNode item : page.get("items")) {
                if (item.get("id").asText().equals(id)) {
                    return true;
                }
            }
            ClosedLoop.pause(5);
        }
        return false;
    }

    // -------------------------------------------------------------------------------------------------- feed --

    private void feedFigures(String storyId) throws Exception {
        // every hundredth comment as a cursor the API gave out, and as the key the raw query starts after
        List<String> cursors = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = http.get(
                            "/api/stories/" + storyId + "/comments?limit=100"
                                    + (cursor == null ? "" : "&cursor=" + cursor),
                            Map.of())
                    .expect(200)
                    .json();
            cursor = page.get("nextCursor").isNull()
                    ? null
                    : page.get("nextCursor").asText();
            if (cursor != null) {
                cursors.add(cursor);
            }
        } while (cursor != null);
        List<Object[]> keys = new ArrayList<>();
        try (Connection connection = database.open();
                PreparedStatement sql = connection.prepareStatement(
                        "SELECT posted_at, comment_id FROM comments WHERE target_type = 'story' AND target_id = ?"
                                + " ORDER BY posted_at, comment_id")) {
            sql.setString(1, storyId);
            try (ResultSet rows = sql.executeQuery()) {
                for (int n = 1; rows.next(); n++) {
                    if (n % 100 == 0) {
                        keys.add(new Object[] {rows.getTimestamp(1), rows.getString(2)});
                    }
                }
            }
        }
        if (cursors.isEmpty() || keys.isEmpty()) {
            results.add(Figure.skipped("feed comments page", "ms", "failed: the story has fewer than 100 comments"));
            return;
        }

        ClosedLoop.Outcome api = ClosedLoop.run(CLIENTS, warmup, window, cpu, (c, i) -> {
            int k = (int) Math.floorMod(i * 31 + c * 7, cursors.size() + 1);
            http.get(
                            "/api/stories/" + storyId + "/comments"
                                    + (k == cursors.size() ? "" : "?cursor=" + cursors.get(k)),
                            Map.of())
                    .expect(200);
        });
        ClosedLoop.Outcome raw = rawLoop(
                "SELECT comment_id, target_type, target_id, parent_id, author_id, content, posted_at FROM comments"
                        + " WHERE target_type = 'story' AND target_id = ? AND (posted_at, comment_id) > (?, ?)"
                        + " ORDER BY posted_at, comment_id LIMIT 21",
                (sql, c, i) -> {
                    Object[] key = keys.get((int) Math.floorMod(i * 31 + c * 7, keys.size()));
                    sql.setString(1, storyId);
                    sql.setTimestamp(2, (Timestamp) key[0]);
                    sql.setString(3, (String) key[1]);
                });
        results.add(latency(
                "feed comments page 8 clients",
                api,
                raw,
                RAW_SQL,
                String.format(Locale.ROOT, "%d comments on the story; pages of 20 at any depth", comments)));

        ClosedLoop.Outcome chapters = ClosedLoop.run(
                CLIENTS,
                warmup,
                window,
                cpu,
                (c, i) -> http.get("/api/stories/" + storyId + "/chapters", Map.of())
                        .expect(200));
        ClosedLoop.Outcome rawChapters = rawLoop(
                "SELECT chapter_id, number, title, word_count, added_at FROM chapters WHERE story_id = ?"
                        + " ORDER BY number",
                (sql, c, i) -> sql.setString(1, storyId));
        results.add(latency("feed chapter list 8 clients", chapters, rawChapters, RAW_SQL, "2 chapters"));
    }

    private interface Bind {
        void bind(PreparedStatement sql, int client, long iteration) throws SQLException;
    }

    /** The same closed loop on one connection per client, each running {@code query} and reading every row. */
    private ClosedLoop.Outcome rawLoop(String query, Bind bind) throws Exception {
        Connection[] connections = new Connection[CLIENTS];
        PreparedStatement[] statements = new PreparedStatement[CLIENTS];
        try {
            for (int c = 0; c < CLIENTS; c++) {
                connections[c] = database.open();
                statements[c] = connections[c].prepareStatement(query);
            }
            return ClosedLoop.run(CLIENTS, warmup, window, cpu, (c, i) -> {
                bind.bind(statements[c], c, i);
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

    // --------------------------------------------------------------------------------------------- reporting --

    /** A latency figure: the API's p99 beside the baseline's p99 (ratio = baseline/value, higher is better). */
    static Figure latency(
            String name, ClosedLoop.Outcome measured, ClosedLoop.Outcome baseline, String baselineName, String note) {
        Double p99 = measured.samples().percentileMillis(99);
        Double baseP99 = baseline.samples().percentileMillis(99);
        if (p99 == null) {
            return Figure.skipped(
                    name, "ms p99", "failed: nothing answered; " + Http.abbreviate(measured.firstError()));
        }
        return Figure.cost(
                name,
                "ms p99",
                p99,
                baseP99,
                baselineName + ", p99",
                measured.samples().percentileMillis(50),
                p99,
                measured.errors(),
                String.format(
                        Locale.ROOT,
                        "%s; baseline p50/p99 %s/%s ms",
                        note,
                        millis(baseline.samples().percentileMillis(50)),
                        millis(baseP99)));
    }

    private static String millis(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }
}
