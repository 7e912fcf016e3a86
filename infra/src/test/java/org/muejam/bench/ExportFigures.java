package org.muejam.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.muejam.infra.audit.SealKey;
import org.muejam.infra.audit.StoredEvent;
import org.muejam.shared.audit.AuditMetadata;

/**
 * The export figure: the time from {@code POST /api/gdpr/export} to the downloaded file for a person with
 * {@code MUEJAM_BENCH_EXPORT_EVENTS} (10,000) events, beside reading the same event rows raw from PostgreSQL in the
 * same run (the audit log's positions for the person, then those rows of the event table, 500 a page, as the export
 * reads them, without decoding). Each repetition is a new person (one export per person per 24 hours); their events
 * are cookie-consent events planted by SQL under their id, each with its append MAC, as the platform would have
 * appended them, then projected (the audit log indexes them) before the clock starts.
 */
final class ExportFigures {

    private static final int REPETITIONS = 3;
    private static final String POSITIONS = """
            SELECT position FROM audit_log
            WHERE (actor_id = ? OR subject_id = ? OR (resource_type = 'UserAccount' AND resource_id = ?))
              AND position > ? ORDER BY position LIMIT 500""";

    interface CaughtUp {
        void await(Duration timeout) throws Exception;
    }

    private final Http http;
    private final Results results;
    private final ContentFigures.Connections database;
    private final CaughtUp caughtUp;
    private final int events;

    ExportFigures(Http http, Results results, ContentFigures.Connections database, CaughtUp caughtUp, int events) {
        this.http = http;
        this.results = results;
        this.database = database;
        this.caughtUp = caughtUp;
        this.events = events;
    }

    private record Person(String userId, String token) {}

    void run() throws Exception {
        double[] exportSeconds = new double[REPETITIONS];
        double[] rawSeconds = new double[REPETITIONS];
        long bytes = 0;
        long rows = 0;
        for (int i = 0; i < REPETITIONS; i++) {
            Person person = person();
            plant(person);
            caughtUp.await(Duration.ofMinutes(10));
            long started = System.nanoTime();
            rows = readRaw(person.userId());
            rawSeconds[i] = (System.nanoTime() - started) / 1e9;
            started = System.nanoTime();
            bytes = export(person);
            exportSeconds[i] = (System.nanoTime() - started) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "    export %d: %.2f s (%d bytes); raw read of %d rows: %.3f s%n",
                    i + 1,
                    exportSeconds[i],
                    bytes,
                    rows,
                    rawSeconds[i]);
        }
        double value = median(exportSeconds);
        double baseline = median(rawSeconds);
        double[] ratios = new double[REPETITIONS];
        for (int i = 0; i < REPETITIONS; i++) {
            ratios[i] = rawSeconds[i] / exportSeconds[i];
        }
        results.add(Figure.cost(
                        "export of a person with " + events + " events",
                        "s",
                        value,
                        baseline,
                        "the same " + rows + " event rows read raw (audit_log positions, then the rows, 500 a page)",
                        null,
                        null,
                        0,
                        String.format(
                                Locale.ROOT,
                                "median of %d, request to downloaded file (%d bytes); each a new person",
                                REPETITIONS,
                                bytes))
                .withNoise(Figure.spread(ratios)));
    }

    private Person person() {
        String email = "bench-export-" + UUID.randomUUID().toString().substring(0, 8) + "@muejam.bench";
        String password = "Bench-export-" + UUID.randomUUID();
        List<Map<String, String>> documents = new ArrayList<>();
        for (String type : List.of("terms-of-service", "privacy-policy")) {
            JsonNode current = http.get("/api/legal/documents/" + type, Map.of())
                    .expect(200)
                    .json();
            documents.add(Map.of("type", type, "version", current.get("version").asText()));
        }
        String userId = http.send(
                        "POST",
                        "/api/auth/register",
                        Map.of(
                                "email",
                                email,
                                "password",
                                password,
                                "displayName",
                                "Bench exporter",
                                "birthDate",
                                "1990-05-17",
                                "acceptedDocuments",
                                documents),
                        Map.of())
                .expect(201)
                .json()
                .get("userId")
                .asText();
        String token = http.send("POST", "/api/auth/login", Map.of("email", email, "password", password), Map.of())
                .expect(200)
                .json()
                .get("accessToken")
                .asText();
        // one event of the person's own, copied below
        http.send("PUT", "/api/legal/cookie-consent", Map.of("analytics", true, "marketing", false), Http.bearer(token))
                .expect(200);
        return new Person(userId, token);
    }

    /** The person's cookie-consent event, copied until they have {@code events} events in all. */
    private void plant(Person person) throws Exception {
        try (Connection db = database.open()) {
            db.setAutoCommit(false);
            byte[] payloadTemplate;
            byte[] metaTemplate;
            String aggregateType;
            String payloadType;
            String revision;
            try (PreparedStatement query = db.prepareStatement("""
                    SELECT type, payload_type, payload_revision, payload, meta_data FROM domain_event_entry
                    WHERE aggregate_identifier = ? ORDER BY global_index DESC LIMIT 1""")) {
                query.setString(1, "user:" + person.userId());
                try (ResultSet rs = query.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("the person's cookie consent was not stored");
                    }
                    aggregateType = rs.getString(1);
                    payloadType = rs.getString(2);
                    revision = rs.getString(3);
                    payloadTemplate = rs.getBytes(4);
                    metaTemplate = rs.getBytes(5);
                }
            }
            ObjectNode meta = (ObjectNode) Http.JSON.readTree(metaTemplate);
            meta.remove(AuditMetadata.IP_ADDRESS);
            meta.remove(AuditMetadata.USER_AGENT);
            meta.put(AuditMetadata.ACTOR_ID, person.userId());
            SealKey sealKey = SealKey.fromBase64(System.getenv("MUEJAM_SEAL_KEY"));
            long have;
            try (PreparedStatement count =
                    db.prepareStatement("SELECT count(*) FROM audit_log WHERE actor_id = ? OR subject_id = ?")) {
                count.setString(1, person.userId());
                count.setString(2, person.userId());
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    have = rs.getLong(1);
                }
            }
            long started = System.nanoTime();
            try (PreparedStatement insert = db.prepareStatement("""
                            INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number,
                                type, time_stamp, payload_type, payload_revision, payload, meta_data)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                    PreparedStatement authenticate =
                            db.prepareStatement("INSERT INTO audit_event_mac (event_identifier, mac) VALUES (?, ?)")) {
                String aggregateId = "bench-export:" + UUID.randomUUID();
                for (long i = 0; i < events - have; i++) {
                    String now = Instant.now().toString();
                    meta.put(AuditMetadata.REQUEST_ID, UUID.randomUUID().toString());
                    String eventId = UUID.randomUUID().toString();
                    byte[] metaBytes = Http.JSON.writeValueAsBytes(meta);
                    insert.setString(1, eventId);
                    insert.setString(2, aggregateId);
                    insert.setLong(3, i);
                    insert.setString(4, aggregateType);
                    insert.setString(5, now);
                    insert.setString(6, payloadType);
                    insert.setString(7, revision);
                    insert.setBytes(8, payloadTemplate);
                    insert.setBytes(9, metaBytes);
                    insert.addBatch();
                    authenticate.setString(1, eventId);
                    authenticate.setBytes(
                            2,
                            sealKey.appendMac(new StoredEvent(
                                    0,
                                    eventId,
                                    aggregateId,
                                    i,
                                    aggregateType,
                                    now,
                                    payloadType,
                                    revision,
                                    payloadTemplate,
                                    metaBytes)));
                    authenticate.addBatch();
                    if ((i + 1) % 1000 == 0 || i + 1 == events - have) {
                        insert.executeBatch();
                        authenticate.executeBatch();
                        db.commit();
                    }
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "    planted %d events of %s in %.1f s%n",
                    events - have,
                    person.userId(),
                    (System.nanoTime() - started) / 1e9);
        }
    }

    /** Request, wait for READY, download: the file's size. */
    private long export(Person person) throws InterruptedException {
        Map<String, String> auth = Http.bearer(person.token());
        Http.Response requested =
                http.send("POST", "/api/gdpr/export", null, auth).expect(202);
        String exportId = requested.json().get("exportId").asText();
        String position =
                requested.raw().headers().firstValue("X-Event-Position").orElse("0");
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode state = http.get(
                            "/api/gdpr/export/" + exportId,
                            Map.of("Authorization", "Bearer " + person.token(), "X-Await-Position", position))
                    .expect(200)
                    .json();
            if ("READY".equals(state.path("status").asText())) {
                URI link = URI.create(state.get("downloadUrl").asText());
                return http.get(link.getRawPath() + "?" + link.getRawQuery(), Map.of())
                        .expect(200)
                        .body()
                        .length();
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the export " + exportId + " was not ready within 10 minutes");
    }

    /** The rows the export reads, read raw: the number of event rows. */
    private long readRaw(String userId) throws SQLException {
        long rows = 0;
        try (Connection db = database.open();
                PreparedStatement positions = db.prepareStatement(POSITIONS)) {
            long after = -1;
            while (true) {
                positions.setString(1, userId);
                positions.setString(2, userId);
                positions.setString(3, userId);
                positions.setLong(4, after);
                List<Long> page = new ArrayList<>();
                try (ResultSet rs = positions.executeQuery()) {
                    while (rs.next()) {
                        page.add(rs.getLong(1));
                    }
                }
                if (page.isEmpty()) {
                    return rows;
                }
                try (PreparedStatement read = db.prepareStatement(
                        "SELECT * FROM domain_event_entry WHERE global_index = ANY (?) ORDER BY global_index")) {
                    read.setArray(1, db.createArrayOf("bigint", page.toArray()));
                    try (ResultSet rs = read.executeQuery()) {
                        while (rs.next()) {
                            rs.getBytes("payload");
                            rs.getBytes("meta_data");
                            rows++;
                        }
                    }
                }
                after = page.get(page.size() - 1);
            }
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
