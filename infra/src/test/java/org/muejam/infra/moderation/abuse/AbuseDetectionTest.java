package org.muejam.infra.moderation.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.infra.support.Mailbox;
import org.muejam.shared.content.CommentPostedEvent;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.moderation.ReportFiledEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * The abuse detector and the filters' automated reports through the running platform (decision 0038): accounts
 * registered from one network open one case about an account; a hate-speech comment is reported HIGH by the system;
 * the detector cannot be rebuilt, so a replay files nothing twice; a strange event does not stop it. The test
 * context exempts the other tests' client addresses; these clients come from 2001:db8::/32 (documentation).
 */
class AbuseDetectionTest extends IntegrationTest {

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    AbuseDetection detection;

    @Autowired
    @Qualifier("eventSerializer")
    Serializer serializer;

    @Autowired
    org.muejam.command.moderation.application.AutomatedReports automatedReports;

    @Test
    void accountsRegisteredFromOneNetworkOpenOneCaseAboutTheAccountThatReachedTheLimit() {
        String network = "2001:db8:%x:%x"
                .formatted(
                        ThreadLocalRandom.current().nextInt(0x10000),
                        ThreadLocalRandom.current().nextInt(0x10000));
        List<String> accounts = new ArrayList<>();
        long last = -1;
        for (int i = 1; i <= 5; i++) {
            // each from its own address of one /64, which counts as one network
            Api client = new Api(port, json, network + "::" + Integer.toHexString(i + 1));
            accounts.add(register(client, uniqueEmail("sibling")));
            last = Math.max(last, projections.head());
        }
        awaitDetector(last);

        List<JsonNode> reports = reportsAbout(accounts);
        assertThat(reports).as("one report about the account that made five").hasSize(1);
        JsonNode report = reports.get(0);
        assertThat(report.get("subjectId").asText()).isEqualTo(accounts.get(4));
        assertThat(report.get("subjectType").asText()).isEqualTo("user");
        assertThat(report.get("reporterId").asText()).isEqualTo("system");
        assertThat(report.get("automated").asBoolean()).isTrue();
        assertThat(report.get("severity").asText()).isEqualTo("HIGH");
        assertThat(report.get("reason").asText()).isEqualTo("OTHER");
        assertThat(report.get("details").asText())
                .contains("accounts-per-address", "5 accounts", accounts.get(0), accounts.get(3))
                .doesNotContain(network)
                .doesNotContain("2001:db8");

        // the case's own history says the same, through the administrators' history
        JsonNode history = api.get(
                        "/api/admin/history/aggregates/ModerationCase/"
                                + report.get("caseId").asText(),
                        adminToken())
                .body();
        assertThat(history.findValuesAsText("eventType")).contains("CaseOpenedEvent", "ReportFiledEvent");

        // a sixth account in the same window raises nothing more
        Api sixth = new Api(port, json, network + "::7");
        accounts.add(register(sixth, uniqueEmail("sibling")));
        awaitDetector(projections.head());
        assertThat(reportsAbout(accounts)).hasSize(1);

        // the detector's tables hold keyed hashes, never the address
        assertThat(jdbc.queryForObject("""
                        SELECT count(*) FROM abuse_observation
                        WHERE subject LIKE '%2001:db8%' OR item LIKE '%2001:db8%' OR account LIKE '%2001:db8%'""", Long.class)).isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM abuse_observation WHERE kind = 'REGISTRATION' AND account = ?",
                        Long.class,
                        accounts.get(0)))
                .isEqualTo(1);
    }

    @Test
    void aHateSpeechCommentIsReportedHighByTheSystem() {
        String admin = adminToken();
        useTheBuiltInFilters(admin);
        Api client = new Api(
                port,
                json,
                "2001:db8:c0::"
                        + Integer.toHexString(ThreadLocalRandom.current().nextInt(0xffff)));
        String email = uniqueEmail("hateful");
        register(client, email);
        assertThat(client.post("/api/auth/verify-email", Map.of("token", Mailbox.awaitToken(email, 0)), null)
                        .status())
                .isEqualTo(204);
        String token = login(client, email, PASSWORD);
        String story = created(client.post("/api/stories", story(), token));
        assertThat(client.post("/api/stories/" + story + "/publish", null, token)
                        .status())
                .isEqualTo(200);

        String comment = created(client.post("/api/comments", comment(story, "People like them are vermin."), token));
        awaitDetector(projections.head());

        List<JsonNode> reports = reportsAbout(List.of(comment));
        assertThat(reports).hasSize(1);
        JsonNode report = reports.get(0);
        assertThat(report.get("subjectType").asText()).isEqualTo("comment");
        assertThat(report.get("reporterId").asText()).isEqualTo("system");
        assertThat(report.get("automated").asBoolean()).isTrue();
        assertThat(report.get("severity").asText()).isEqualTo("HIGH");
        assertThat(report.get("reason").asText()).isEqualTo("HATE");
        assertThat(report.get("details").asText()).contains("hate-speech");

        // filed as the system: the author's address and client are not copied onto the report
        String metadata = jdbc.queryForObject("""
                SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry
                WHERE payload_type = 'org.muejam.shared.moderation.ReportFiledEvent'
                  AND convert_from(payload, 'UTF8') LIKE ?""", String.class, "%" + comment + "%");
        JsonNode meta = readJson(metadata);
        assertThat(meta.get("actorId").asText()).isEqualTo("system");
        assertThat(meta.get("actorType").asText()).isEqualTo("system");
        assertThat(meta.has("ipAddress")).as(metadata).isFalse();
        assertThat(meta.has("userAgent")).as(metadata).isFalse();
        assertThat(meta.has("traceId"))
                .as("the report keeps the trace of the comment that caused it")
                .isTrue();
    }

    private JsonNode readJson(String text) {
        try {
            return json.readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theSameWhisperFromThreeAccountsIsReportedAsSpamAboutTheThird() {
        String words = "Lovely evening at the harbour " + UUID.randomUUID() + ", the boats are coming home";
        List<String> authors = new ArrayList<>();
        List<String> whispers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            // three networks, so that only the text is shared
            Api client = new Api(
                    port,
                    json,
                    "2001:db8:%x::1".formatted(ThreadLocalRandom.current().nextInt(0x10000)));
            String email = uniqueEmail("echo");
            authors.add(register(client, email));
            assertThat(client.post("/api/auth/verify-email", Map.of("token", Mailbox.awaitToken(email, 0)), null)
                            .status())
                    .isEqualTo(204);
            String token = login(client, email, PASSWORD);
            // markup and case differ; the words do not
            String text = i == 1 ? "<b>" + words.toUpperCase(java.util.Locale.ROOT) + "</b>" : words;
            whispers.add(created(client.post("/api/whispers", Map.of("content", text), token)));
        }
        awaitDetector(projections.head());

        List<JsonNode> reports = reportsAbout(authors);
        assertThat(reports).hasSize(1);
        JsonNode report = reports.get(0);
        assertThat(report.get("subjectId").asText()).isEqualTo(authors.get(2));
        assertThat(report.get("subjectType").asText()).isEqualTo("user");
        assertThat(report.get("reason").asText()).isEqualTo("SPAM");
        assertThat(report.get("severity").asText()).isEqualTo("HIGH");
        assertThat(report.get("details").asText())
                .contains("duplicate-content", "3 accounts", authors.get(0), authors.get(1))
                .doesNotContain("harbour");
    }

    @Test
    void aChapterCountsForThePersonItsEventWasWrittenFor() {
        String author = "user:" + UUID.randomUUID();
        String chapter = "chapter:" + UUID.randomUUID();
        detection.on(
                new org.muejam.shared.content.ChapterAddedEvent(
                        "story:x", chapter, 1, "One", "text", 1, Instant.now(), false),
                author,
                "2001:db8:6::1",
                Instant.now());
        assertThat(jdbc.queryForObject(
                        "SELECT account FROM abuse_observation WHERE kind = 'CREATION' AND item = ?",
                        String.class,
                        chapter))
                .isEqualTo(author);
    }

    @Test
    void theDetectorCannotBeRebuiltSoAReplayFilesNothingTwice() {
        String admin = adminToken();
        JsonNode listed = api.get("/api/admin/projections", admin).body();
        assertThat(listed.findValuesAsText("name")).contains(AbuseDetection.NAME);

        long reportsBefore = reportCount();
        Api.Response rebuild = api.post("/api/admin/projections/" + AbuseDetection.NAME + "/rebuild", null, admin);
        assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(409);
        assertThat(rebuild.contentType()).startsWith("application/problem+json");
        assertThat(rebuild.body().get("type").asText()).endsWith("projection-not-rebuildable");

        StreamingEventProcessor processor = processing
                .eventProcessor(AbuseDetection.NAME, StreamingEventProcessor.class)
                .orElseThrow();
        assertThat(processor.supportsReset()).isFalse();
        assertThat(processor.isRunning()).isTrue();
        awaitDetector(projections.head());
        assertThat(reportCount()).isEqualTo(reportsBefore);
    }

    @Test
    void strangeEventsAreHandledNotRefused() {
        String author = "user:" + UUID.randomUUID();
        Instant now = Instant.now();
        String nul = "comment:\u0000" + UUID.randomUUID();
        String huge = "comment:" + "x".repeat(10_000);
        detection.on(
                new CommentPostedEvent(
                        nul, ContentType.STORY, "story:x", null, author, "a\u0000b " + "c".repeat(300_000), now),
                "2001:db8:5::1",
                now);
        detection.on(
                new CommentPostedEvent(huge, ContentType.STORY, "story:x", null, author + "\u0000", "\u0000", now),
                "2001:db8:5::1",
                now.plusMillis(1));
        detection.on(
                new CommentPostedEvent(
                        "comment:" + UUID.randomUUID(), ContentType.STORY, "story:x", null, author, null, now),
                "not an address\u0000",
                now.plusMillis(2));
        detection.on(new CommentPostedEvent(null, null, null, null, null, null, null), null, now);
        long reports = reportCount();
        detection.on(new org.muejam.shared.content.ContentFlaggedEvent(null, null, null, null, null));
        detection.on(new org.muejam.shared.content.ContentFlaggedEvent(ContentType.COMMENT, " ", "user:x", null, now));
        assertThat(reportCount()).isEqualTo(reports);

        assertThat(jdbc.queryForList(
                        "SELECT item FROM abuse_observation WHERE kind = 'CREATION' AND subject = ? ORDER BY item",
                        String.class,
                        author))
                .as("both comments from a client address were counted, NUL dropped and ids cut to the column")
                .containsExactlyInAnyOrder(nul.replace("\u0000", ""), huge.substring(0, JdbcAbuseLedger.ID));
    }

    @Test
    void observationsOlderThanEveryWindowAndOldFlagsArePruned() {
        String author = "user:" + UUID.randomUUID();
        Instant now = Instant.now();
        String old = "comment:" + UUID.randomUUID();
        String recent = "comment:" + UUID.randomUUID();
        detection.on(
                new CommentPostedEvent(old, ContentType.STORY, "story:x", null, author, "old", now),
                "2001:db8:7::1",
                now.minus(Duration.ofHours(25)));
        detection.on(
                new CommentPostedEvent(recent, ContentType.STORY, "story:x", null, author, "recent", now),
                "2001:db8:7::1",
                now.minus(Duration.ofHours(23)));
        jdbc.update(
                "INSERT INTO abuse_flag (rule, subject, window_start, account, raised_at) VALUES (?, ?, ?, ?, ?)",
                "rapid-creation",
                author,
                java.sql.Timestamp.from(now.minus(Duration.ofDays(61))),
                author,
                java.sql.Timestamp.from(now.minus(Duration.ofDays(61))));

        automatedReports.prune();

        assertThat(jdbc.queryForList("SELECT item FROM abuse_observation WHERE subject = ?", String.class, author))
                .as("creations are kept for the longest window reading them (bot timing, 24 h)")
                .containsExactly(recent);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM abuse_flag WHERE subject = ?", Long.class, author))
                .isZero();
    }

    @Test
    void theDetectorRunsWithoutParkedEvents() {
        awaitDetector(projections.head());
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM dead_letter_entry WHERE processing_group = ?",
                        Long.class,
                        AbuseDetection.NAME))
                .isZero();
        JsonNode detector = null;
        for (JsonNode projection :
                api.get("/api/admin/projections", adminToken()).body()) {
            if (projection.get("name").asText().equals(AbuseDetection.NAME)) {
                detector = projection;
            }
        }
        assertThat(detector).isNotNull();
        assertThat(detector.get("status").asText()).isEqualTo("RUNNING");
    }

    private void awaitDetector(long position) {
        assertThat(projections.await(List.of(AbuseDetection.NAME), position, Duration.ofSeconds(60)))
                .as("the detector reaches position " + position)
                .isTrue();
    }

    /** The reports filed about any of the subjects, oldest first, as their events read (details are decrypted). */
    private List<JsonNode> reportsAbout(List<String> subjects) {
        List<JsonNode> found = new ArrayList<>();
        for (byte[] payload : jdbc.queryForList("""
                SELECT payload FROM domain_event_entry
                WHERE payload_type = 'org.muejam.shared.moderation.ReportFiledEvent' ORDER BY global_index""", byte[].class)) {
            ReportFiledEvent event = serializer.deserialize(
                    new SimpleSerializedObject<>(payload, byte[].class, ReportFiledEvent.class.getName(), null));
            JsonNode report = json.valueToTree(event);
            if (subjects.contains(report.path("subjectId").asText())) {
                found.add(report);
            }
        }
        return found;
    }

    private long reportCount() {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE payload_type = 'org.muejam.shared.moderation.ReportFiledEvent'",
                Long.class);
    }

    private static Map<String, Object> story() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "A harbour at dusk");
        body.put("description", "<p>Boats and weather.</p>");
        body.put("genre", "literary");
        body.put("tags", List.of("sea"));
        body.put("nsfw", false);
        return body;
    }

    private static Map<String, Object> comment(String storyId, String content) {
        Map<String, Object> body = new HashMap<>();
        body.put("targetType", "story");
        body.put("targetId", storyId);
        body.put("content", content);
        return body;
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.body().get("id").asText();
    }
}
