package org.muejam.infra.gdpr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.muejam.command.content.media.BlobStore;
import org.muejam.command.gdpr.ErasureLedger;
import org.muejam.command.identity.BackupCodes;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.Mailbox;
import org.muejam.infra.support.Person;
import org.muejam.shared.gdpr.ErasedData;
import org.muejam.shared.identity.UseBackupCodeCommand;
import org.muejam.shared.identity.UserId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Issue 11's acceptance scenario, end to end through the REST API against the real services: a person with stories,
 * chapters, comments, likes, follows either way, an API key and a second factor, signed in from a known address,
 * exports and finds all of it in the file; asks for deletion, cancels, asks again; the grace passes on a scheduler
 * started afresh with its clock past the end (a restart, not a wait); then their content reads "Deleted User",
 * search no longer finds their name, the history shows their events with placeholders, the seal still verifies,
 * their export is gone, nothing of theirs signs in, their address registers again, and rebuilding every projection
 * leaves no trace of their address, name or IP anywhere.
 */
class GdprAcceptanceTest extends GdprIntegrationTest {

    @Autowired
    CommandGateway commands;

    @Autowired
    ErasureLedger ledger;

    @Autowired
    ErasureLedgerCheck ledgerCheck;

    @Autowired
    BlobStore blobs;

    @Autowired
    StringRedisTemplate redis;

    @Test
    void aPersonExportsEverythingAsksForDeletionCancelsAsksAgainAndIsForgottenEverywhereWhenTheGraceEnds()
            throws Exception {
        String name = "Erasable " + UUID.randomUUID().toString().substring(0, 8) + " Quillfeather";
        Person person = verifiedPerson("erasure", name);
        Person friend = verifiedPerson("friend");
        Api me = person.client();
        String ip = me.clientIp();
        String title = "Tidewater " + UUID.randomUUID().toString().substring(0, 8);

        // a life on the platform: a published story with chapters, a comment, a like, follows either way, an API
        // key, a second factor; they signed in from their own address (verifiedPerson)
        String story = created(person.post("/api/stories", Map.of("title", title, "genre", "fantasy")));
        List<String> chapters = new ArrayList<>();
        for (String chapter : List.of("The ebb", "The flood")) {
            chapters.add(created(person.post(
                    "/api/stories/" + story + "/chapters",
                    Map.of("title", chapter, "content", chapter + " came in the night.", "format", "markdown"))));
        }
        ok(person.post("/api/stories/" + story + "/publish", null));
        String comment = created(person.post(
                "/api/comments", Map.of("targetType", "story", "targetId", story, "content", "Written by the tide.")));
        assertThat(person.put("/api/stories/" + story + "/like", null).status()).isEqualTo(204);
        ok(person.post("/api/users/" + friend.userId() + "/follow", null));
        ok(friend.post("/api/users/" + person.userId() + "/follow", null));
        Api.Response key = person.post("/api/keys", Map.of("name", "my bot"));
        assertThat(key.status()).as(key.toString()).isEqualTo(201);
        String apiKey = key.body().get("key").asText();
        SecondFactor secondFactor = pairAuthenticator(me, person.token());
        String backupCode = secondFactor.backupCodes().get(0);
        String token = person.token();
        await("the index holds the author's name", Duration.ofSeconds(30), () -> indexHits(name) > 0);
        // a reader finds the story by its author's name: the first page of that search is now in the search cache
        Api reader = new Api(port, json, Api.nextClientIp()).withoutReadYourWrites();
        String byName = "/api/search?q=Quillfeather+" + name.split(" ")[1];
        JsonNode foundByName = reader.get(byName, null).body();
        assertThat(ids(foundByName.get("items"), "id")).containsExactly(story);
        assertThat(ids(foundByName.get("items"), "authorName")).containsExactly(name);

        // the export holds all of it, downloaded through its link
        JsonNode ready = exported(person);
        String exportId = ready.get("exportId").asText();
        Api.Response file = download(ready);
        assertThat(file.status()).as(file.toString()).isEqualTo(200);
        JsonNode export = file.body();
        assertThat(export.get("userId").asText()).isEqualTo(person.userId());
        assertThat(export.at("/profile/email").asText()).isEqualTo(person.email());
        assertThat(export.at("/profile/displayName").asText()).isEqualTo(name);
        assertThat(ids(export.get("stories"), "storyId")).containsExactly(story);
        assertThat(ids(export.get("chapters"), "chapterId")).containsExactlyInAnyOrderElementsOf(chapters);
        assertThat(ids(export.get("comments"), "commentId")).containsExactly(comment);
        assertThat(ids(export.get("likes"), "targetId")).containsExactly(story);
        assertThat(ids(export.at("/follows/following"), "followeeId")).containsExactly(friend.userId());
        assertThat(ids(export.at("/follows/followers"), "followerId")).containsExactly(friend.userId());
        assertThat(ids(export.at("/security/apiKeys"), "name")).containsExactly("my bot");
        assertThat(export.at("/security/twoFactor/enabled").asBoolean()).isTrue();
        // the mail that told them of it is among their notifications
        assertThat(ids(export.get("notifications"), "kind")).contains("two-factor-enabled");
        assertThat(ids(export.at("/security/events"), "eventType"))
                .contains("TwoFactorEnabledEvent", "UserLoggedInEvent");
        // the sign-in's network (the address's /24) and the address the consents were given from
        String network = "v4:" + ip.substring(0, ip.lastIndexOf('.'));
        assertThat(export.at("/security/events").toString()).contains(network);
        assertThat(ids(export.get("legalConsents"), "ipAddress")).isNotEmpty().containsOnly(ip);
        assertThat(file.raw()).doesNotContain(secondFactor.secret()).doesNotContain(apiKey);

        // strange requests are refused with a problem naming the field (from another address: writes are rate-limited)
        Api probe = new Api(port, json, Api.nextClientIp());
        Api.Response wrong = probe.post("/api/gdpr/delete", Map.of("password", "not-my-password"), token);
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(400);
        assertThat(wrong.body().get("type").asText()).endsWith("wrong-password");
        Api.Response missing = probe.post("/api/gdpr/delete", null, token);
        assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
        assertThat(missing.toString()).contains("password");
        for (Object body : List.<Object>of(
                Map.of("password", "x".repeat(100_000)),
                Map.of("password", "pass\u0000word"),
                Map.of("password", List.of("a", "b")),
                Map.of("password", Map.of("nested", true)))) {
            Api.Response strange = probe.post("/api/gdpr/delete", body, token);
            assertThat(strange.status()).as(strange.toString()).isBetween(400, 499);
        }
        assertThat(probe.post("/api/gdpr/delete", Map.of("password", PASSWORD), null)
                        .status())
                .isEqualTo(401);
        assertThat(probe.get("/api/gdpr/delete/deletion:not-a-uuid", null).status())
                .isEqualTo(404);
        assertThat(probe.get("/api/gdpr/delete/" + "d".repeat(5000), null).status())
                .isBetween(400, 404);
        assertThat(probe.post("/api/gdpr/delete/deletion:" + UUID.randomUUID() + "/cancel", null, token)
                        .status())
                .isEqualTo(404);

        // ask, cancel, ask again
        int mailsBefore = Mailbox.read(person.email()).size();
        Api.Response first = person.post("/api/gdpr/delete", Map.of("password", PASSWORD));
        assertThat(first.status()).as(first.toString()).isEqualTo(202);
        String firstId = first.body().get("requestId").asText();
        Instant scheduled = Instant.parse(first.body().get("scheduledFor").asText());
        assertThat(scheduled)
                .isBetween(
                        Instant.now().plus(Duration.ofDays(30)).minusSeconds(120),
                        Instant.now().plus(Duration.ofDays(30)));
        await(
                "the cancellation link mailed",
                Duration.ofSeconds(20),
                () -> Mailbox.read(person.email()).stream()
                        .skip(mailsBefore)
                        .anyMatch(mail ->
                                mail.text().contains(firstId) && mail.subject().contains("will be deleted")));
        Api.Response twice = person.post("/api/gdpr/delete", Map.of("password", PASSWORD));
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(twice.body().get("requestId").asText()).isEqualTo(firstId);
        Api.Response notTheirs = friend.post("/api/gdpr/delete/" + firstId + "/cancel", null);
        assertThat(notTheirs.status()).as(notTheirs.toString()).isEqualTo(404);
        Api.Response cancelled = person.post("/api/gdpr/delete/" + firstId + "/cancel", null);
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.body().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(api.get("/api/gdpr/delete/" + firstId, null)
                        .body()
                        .get("status")
                        .asText())
                .isEqualTo("CANCELLED");
        Api.Response second = person.post("/api/gdpr/delete", Map.of("password", PASSWORD));
        assertThat(second.status()).as(second.toString()).isEqualTo(202);
        String requestId = second.body().get("requestId").asText();
        assertThat(requestId).isNotEqualTo(firstId);
        JsonNode pending = person.get("/api/gdpr/delete/" + requestId).body();
        assertThat(pending.get("status").asText()).isEqualTo("PENDING");

        // the first request's deadline is gone, the second's kept in PostgreSQL, holding no personal data
        List<Map<String, Object>> deadlines = jdbc.queryForList(
                "SELECT execution_time, task_data FROM scheduled_tasks WHERE task_name = 'AxonDeadline'"
                        + " AND (encode(task_data, 'escape') LIKE ? OR encode(task_data, 'escape') LIKE ?)",
                "%" + firstId + "%",
                "%" + requestId + "%");
        assertThat(deadlines).hasSize(1);
        String deadlineData = new String((byte[]) deadlines.get(0).get("task_data"), StandardCharsets.ISO_8859_1);
        assertThat(deadlineData)
                .contains(requestId)
                .doesNotContain(person.email())
                .doesNotContain(name);
        Instant until = ((Timestamp) deadlines.get(0).get("execution_time")).toInstant();

        // the grace ends on a scheduler started afresh (a restarted node) whose clock is past the end
        eraseWhenGraceEnds(requestId, until);

        // the receipt: what and when, nothing personal, readable without an account
        Api.Response receipt = api.get("/api/gdpr/delete/" + requestId, null);
        assertThat(receipt.status()).isEqualTo(200);
        List<String> erased = new ArrayList<>();
        receipt.body().get("erased").forEach(item -> erased.add(item.asText()));
        assertThat(erased).containsExactlyInAnyOrderElementsOf(ErasedData.ALL);
        assertThat(receipt.body().get("completedAt").isNull()).isFalse();
        assertThat(receipt.toString())
                .doesNotContain(person.email())
                .doesNotContain(name)
                .doesNotContain(person.userId());

        // the last mail went to the address captured before the erasure
        await(
                "the last mail",
                Duration.ofSeconds(20),
                () -> Mailbox.read(person.email()).stream()
                        .anyMatch(mail -> mail.subject().contains("is deleted")
                                && mail.text().contains(requestId)));
        assertThat(ledger.entries()).anyMatch(entry -> entry.userId().value().equals(person.userId()));

        // nothing of the person signs in or works any more
        assertThat(api.post("/api/auth/login", Map.of("email", person.email(), "password", PASSWORD), null)
                        .status())
                .isEqualTo(401);
        await(
                "the old token refused",
                Duration.ofSeconds(15),
                () -> me.get("/api/users/me", token).status() >= 400);
        assertThat(me.send("GET", "/api/keys", null, "application/json", null, Map.of("X-API-Key", apiKey))
                        .status())
                .isBetween(400, 499);
        UserId id = UserId.of(person.userId());
        assertThatThrownBy(() -> commands.sendAndWait(new UseBackupCodeCommand(id, BackupCodes.hash(id, backupCode))))
                .hasMessageContaining("not on");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM refresh_token WHERE user_id = ? AND revoked_at IS NULL",
                        Long.class,
                        person.userId()))
                .isZero();

        // the export made before is gone with them: its file deleted, its link, though signed and in time, refused
        await(
                "the export's file deleted",
                Duration.ofSeconds(15),
                () -> blobs.get(DataExportProcessor.fileKey(exportId)).isEmpty());
        Api.Response afterwards = download(ready);
        assertThat(afterwards.status()).as(afterwards.toString()).isEqualTo(410);

        // their content reads "Deleted User"; search finds the story by its title, never by their name
        Api.Response shown = friend.get("/api/stories/" + story);
        assertThat(shown.status()).as(shown.toString()).isEqualTo(200);
        assertThat(shown.body().get("authorName").asText()).isEqualTo(ErasedData.DELETED_USER);
        JsonNode comments = friend.get("/api/stories/" + story + "/comments").body();
        assertThat(ids(comments.get("items"), "id")).containsExactly(comment);
        assertThat(ids(comments.get("items"), "authorName")).containsExactly(ErasedData.DELETED_USER);
        assertThat(shown.toString() + comments).doesNotContain(name);
        Map<String, String> awaitAll = Map.of("X-Await-Position", Long.toString(projections.head()));
        Api.Response profile = friend.client()
                .send(
                        "GET",
                        "/api/users/" + friend.userId() + "/followers",
                        null,
                        "application/json",
                        friend.token(),
                        awaitAll);
        assertThat(profile.toString()).doesNotContain(name);
        await("search shows the story as by Deleted User", Duration.ofSeconds(30), () -> {
            JsonNode found =
                    api.get("/api/search?q=" + title.split(" ")[1], null).body();
            return found.path("items").size() == 1
                    && ErasedData.DELETED_USER.equals(
                            found.path("items").get(0).path("authorName").asText());
        });
        // nor from the cache: the page found by their name before is not served again
        assertThat(reader.get(byName, null).toString()).doesNotContain(story).doesNotContain(name);

        // the history shows their events with placeholders, and the seal still verifies
        String admin = adminToken();
        JsonNode history = api.get("/api/admin/history/aggregates/UserAccount/" + person.userId(), admin)
                .body();
        assertThat(history.get(0).get("payload").get("email").asText()).isEqualTo("[erased]");
        assertThat(history.get(0).get("payload").get("displayName").asText()).isEqualTo(ErasedData.DELETED_USER);
        assertThat(history.toString())
                .doesNotContain(person.email())
                .doesNotContain(name)
                .doesNotContain(ip);
        assertThat(sealedVerdict(admin).get("status").asText()).isEqualTo("OK");

        // no rebuild needed: the read models, the address directory, the consents and the index forgot them already
        assertThat(projections.await(List.of(), projections.head(), Duration.ofSeconds(30)))
                .isTrue();
        assertNoTrace(person.email(), name, ip);

        // every projection rebuilt from zero: no trace of the address, the name or the IP in any table or the index
        rebuildEverything(admin);
        assertNoTrace(person.email(), name, ip);

        // the address is free: it registers again, as a new person
        assertThat(register(new Api(port, json, Api.nextClientIp()), person.email(), "Someone New"))
                .isNotEqualTo(person.userId());

        // a restored backup forgets them again: the ledger is re-applied at start (here: the check run by hand)
        assertThat(ledgerCheck.reapply()).isZero();
    }

    private void rebuildEverything(String admin) {
        JsonNode listing = api.get("/api/admin/projections", admin).body();
        List<String> names = new ArrayList<>();
        (listing.isArray() ? listing : listing.path("items"))
                .forEach(p -> names.add(p.get("name").asText()));
        assertThat(names).contains("users", "search", "deletions", "consents", "audit-log");
        rebuildProjections(admin, names);
    }

    /**
     * Every text column of every table but the event store itself (whose personal fields are encrypted), the search
     * index, and the caches in Redis.
     */
    private void assertNoTrace(String... traces) {
        List<Map<String, Object>> columns = jdbc.queryForList("""
                SELECT table_name, column_name FROM information_schema.columns
                WHERE table_schema = current_schema()
                  AND data_type IN ('text', 'character varying', 'character', 'jsonb', 'json')
                  AND table_name NOT IN ('flyway_schema_history')""");
        assertThat(columns).hasSizeGreaterThan(20);
        Map<String, List<String>> found = new HashMap<>();
        for (Map<String, Object> column : columns) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            for (String trace : traces) {
                Long hits = jdbc.queryForObject(
                        "SELECT count(*) FROM \"" + table + "\" WHERE position(? in \"" + name + "\"::text) > 0",
                        Long.class,
                        trace);
                if (hits != null && hits > 0) {
                    found.computeIfAbsent(table + "." + name, k -> new ArrayList<>())
                            .add(trace);
                }
            }
        }
        // bytea columns (event payloads, metadata, dead letters, deadlines) read as text too
        for (Map<String, Object> column : jdbc.queryForList("""
                SELECT table_name, column_name FROM information_schema.columns
                WHERE table_schema = current_schema() AND data_type = 'bytea'""")) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            for (String trace : traces) {
                Long hits = jdbc.queryForObject(
                        "SELECT count(*) FROM \"" + table + "\" WHERE position(convert_to(?, 'UTF8') in \"" + name
                                + "\") > 0",
                        Long.class,
                        trace);
                if (hits != null && hits > 0) {
                    found.computeIfAbsent(table + "." + name, k -> new ArrayList<>())
                            .add(trace);
                }
            }
        }
        assertThat(found).as("personal data left in the database").isEmpty();
        // the index itself, asked directly (a search through the API would store its query in the log)
        for (String trace : traces) {
            assertThat(indexHits(trace))
                    .as("documents of the search index holding " + trace)
                    .isZero();
        }
        // the caches: every Redis key, and every text value, of every run sharing this Redis (the traces are unique)
        List<String> cached = new ArrayList<>();
        try (Cursor<String> keys =
                redis.scan(ScanOptions.scanOptions().count(1000).build())) {
            keys.forEachRemaining(cached::add);
        }
        assertThat(cached).isNotEmpty();
        for (int from = 0; from < cached.size(); from += 500) {
            List<String> batch = cached.subList(from, Math.min(cached.size(), from + 500));
            List<String> values = redis.opsForValue().multiGet(batch);
            for (int i = 0; i < batch.size(); i++) {
                String entry = batch.get(i) + " " + (values == null ? null : values.get(i));
                for (String trace : traces) {
                    assertThat(entry).as("a Redis entry holding " + trace).doesNotContain(trace);
                }
            }
        }
    }

    private static long indexHits(String phrase) {
        try {
            String url = env("MUEJAM_ELASTICSEARCH_URL", "http://127.0.0.1:9200") + "/" + searchIndex() + "/_search";
            String body = new com.fasterxml.jackson.databind.ObjectMapper()
                    .writeValueAsString(Map.of(
                            "query",
                            Map.of("query_string", Map.of("query", "\"" + phrase.replace("\"", "") + "\"")),
                            "track_total_hits",
                            true));
            java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                                    .header("Content-Type", "application/json")
                                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(response.body())
                    .at("/hits/total/value")
                    .asLong();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
