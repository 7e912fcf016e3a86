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
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.muejam.command.gdpr.ErasureLedger;
import org.muejam.command.identity.BackupCodes;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.Authenticator;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.infra.support.Mailbox;
import org.muejam.infra.support.SchedulerAfterRestart;
import org.muejam.shared.gdpr.ErasedData;
import org.muejam.shared.identity.UseBackupCodeCommand;
import org.muejam.shared.identity.UserId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * The deletion half of issue 11's acceptance scenario: a person with stories, comments, likes, follows and a second
 * factor asks for deletion, cancels, asks again; the grace passes on a scheduler started afresh with its clock past
 * the end (a restart, not a wait); then their content reads "Deleted User", search no longer finds their name, the
 * history shows their events with placeholders, the seal still verifies, their address registers again, nothing of
 * theirs signs in, and rebuilding every projection leaves no trace of their address, name or IP anywhere.
 */
class AccountErasureScenarioTest extends IntegrationTest {

    @Autowired
    CommandGateway commands;

    @Autowired
    DataSource dataSource;

    @Autowired
    Configuration axon;

    @Autowired
    @Qualifier("eventSerializer")
    Serializer serializer;

    @Autowired
    TransactionManager transactions;

    @Autowired
    ErasureLedger ledger;

    @Autowired
    ErasureLedgerCheck ledgerCheck;

    record Person(String userId, String email, String name, String token, Api client) {}

    private Person person(String prefix) {
        Api client = new Api(port, json, Api.nextClientIp());
        String email = uniqueEmail(prefix);
        String name = "Erasable " + UUID.randomUUID().toString().substring(0, 8) + " Quillfeather";
        Api.Response registered = client.post(
                "/api/auth/register",
                Map.of(
                        "email", email,
                        "password", PASSWORD,
                        "displayName", name,
                        "birthDate", "1990-05-17",
                        "acceptedDocuments", currentRequiredDocuments()),
                null);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        Api.Response verified =
                client.post("/api/auth/verify-email", Map.of("token", Mailbox.awaitToken(email, 0)), null);
        assertThat(verified.status()).as(verified.toString()).isEqualTo(204);
        String userId = registered.body().get("userId").asText();
        return new Person(userId, email, name, login(client, email, PASSWORD), client);
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
        return response.body().get("id").asText();
    }

    @Test
    void aPersonAsksForDeletionCancelsAsksAgainAndIsForgottenEverywhereWhenTheGraceEnds() throws Exception {
        Person person = person("erasure");
        Person friend = person("friend");
        Api me = person.client();
        String title = "Tidewater " + UUID.randomUUID().toString().substring(0, 8);

        // a life on the platform: a published story, a comment, a like, a follow, an API key, a second factor
        String story = created(me.post("/api/stories", Map.of("title", title, "genre", "fantasy"), person.token()));
        assertThat(me.post("/api/stories/" + story + "/publish", null, person.token())
                        .status())
                .isEqualTo(200);
        created(me.post(
                "/api/comments",
                Map.of("targetType", "story", "targetId", story, "content", "Written by the tide."),
                person.token()));
        assertThat(me.put("/api/stories/" + story + "/like", null, person.token())
                        .status())
                .isEqualTo(204);
        assertThat(me.post("/api/users/" + friend.userId() + "/follow", null, person.token())
                        .status())
                .isEqualTo(200);
        assertThat(friend.client()
                        .post("/api/users/" + person.userId() + "/follow", null, friend.token())
                        .status())
                .isEqualTo(200);
        Api.Response key = me.post("/api/keys", Map.of("name", "my bot"), person.token());
        assertThat(key.status()).as(key.toString()).isEqualTo(201);
        String apiKey = key.body().get("key").asText();
        String secret = me.post("/api/auth/2fa/setup", Map.of("password", PASSWORD), person.token())
                .body()
                .get("secret")
                .asText();
        Api.Response confirmed = me.post(
                "/api/auth/2fa/verify-setup",
                Map.of("code", Authenticator.code(secret, Instant.now())),
                person.token());
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        String backupCode = confirmed.body().get("backupCodes").get(0).asText();
        String token = person.token();
        await("the index holds the author's name", Duration.ofSeconds(30), () -> indexHits(person.name()) > 0);

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
        Api.Response first = me.post("/api/gdpr/delete", Map.of("password", PASSWORD), token);
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
        Api.Response twice = me.post("/api/gdpr/delete", Map.of("password", PASSWORD), token);
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(twice.body().get("requestId").asText()).isEqualTo(firstId);
        Api.Response notTheirs = friend.client().post("/api/gdpr/delete/" + firstId + "/cancel", null, friend.token());
        assertThat(notTheirs.status()).as(notTheirs.toString()).isEqualTo(404);
        Api.Response cancelled = me.post("/api/gdpr/delete/" + firstId + "/cancel", null, token);
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.body().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(api.get("/api/gdpr/delete/" + firstId, null)
                        .body()
                        .get("status")
                        .asText())
                .isEqualTo("CANCELLED");
        Api.Response second = me.post("/api/gdpr/delete", Map.of("password", PASSWORD), token);
        assertThat(second.status()).as(second.toString()).isEqualTo(202);
        String requestId = second.body().get("requestId").asText();
        assertThat(requestId).isNotEqualTo(firstId);
        JsonNode pending = me.get("/api/gdpr/delete/" + requestId, token).body();
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
                .doesNotContain(person.name());
        Instant until = ((Timestamp) deadlines.get(0).get("execution_time")).toInstant();

        // the grace ends on a scheduler started afresh (a restarted node) whose clock is past the end
        SchedulerAfterRestart.runDueAt(
                until.plusSeconds(1),
                dataSource,
                axon,
                serializer,
                transactions,
                "the erasure completed",
                Duration.ofSeconds(60),
                () -> "COMPLETED"
                        .equals(api.get("/api/gdpr/delete/" + requestId, null)
                                .body()
                                .path("status")
                                .asText()));

        // the receipt: what and when, nothing personal, readable without an account
        Api.Response receipt = api.get("/api/gdpr/delete/" + requestId, null);
        assertThat(receipt.status()).isEqualTo(200);
        List<String> erased = new ArrayList<>();
        receipt.body().get("erased").forEach(item -> erased.add(item.asText()));
        assertThat(erased).containsExactlyInAnyOrderElementsOf(ErasedData.ALL);
        assertThat(receipt.body().get("completedAt").isNull()).isFalse();
        assertThat(receipt.toString())
                .doesNotContain(person.email())
                .doesNotContain(person.name())
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

        // their content reads "Deleted User"; search finds the story by its title, never by their name
        Map<String, String> awaitAll = Map.of("X-Await-Position", Long.toString(projections.head()));
        Api.Response profile = friend.client()
                .send(
                        "GET",
                        "/api/users/" + friend.userId() + "/followers",
                        null,
                        "application/json",
                        friend.token(),
                        awaitAll);
        assertThat(profile.toString()).doesNotContain(person.name());
        await("search shows the story as by Deleted User", Duration.ofSeconds(30), () -> {
            JsonNode found =
                    api.get("/api/search?q=" + title.split(" ")[1], null).body();
            return found.path("items").size() == 1
                    && ErasedData.DELETED_USER.equals(
                            found.path("items").get(0).path("authorName").asText());
        });
        assertThat(api.get("/api/search?q=Quillfeather+" + person.name().split(" ")[1], null)
                        .toString())
                .doesNotContain(story);

        // the history shows their events with placeholders, and the seal still verifies
        String admin = adminToken();
        JsonNode history = api.get("/api/admin/history/aggregates/UserAccount/" + person.userId(), admin)
                .body();
        assertThat(history.get(0).get("payload").get("email").asText()).isEqualTo("[erased]");
        assertThat(history.get(0).get("payload").get("displayName").asText()).isEqualTo(ErasedData.DELETED_USER);
        assertThat(history.toString())
                .doesNotContain(person.email())
                .doesNotContain(person.name())
                .doesNotContain(me.clientIp());
        await(
                "every event sealed",
                Duration.ofSeconds(30),
                () -> api.get("/api/admin/audit/verify", admin)
                                .body()
                                .get("pendingEvents")
                                .asLong()
                        == 0);
        assertThat(api.get("/api/admin/audit/verify", admin)
                        .body()
                        .get("status")
                        .asText())
                .isEqualTo("OK");

        // no rebuild needed: the read models, the address directory, the consents and the index forgot them already
        assertThat(projections.await(List.of(), projections.head(), Duration.ofSeconds(30)))
                .isTrue();
        assertNoTrace(person.email(), person.name(), me.clientIp());

        // every projection rebuilt from zero: no trace of the address, the name or the IP in any table or the index
        rebuildEverything(admin);
        assertNoTrace(person.email(), person.name(), me.clientIp());

        // the address is free: it registers again, as a new person
        Api.Response again = new Api(port, json, Api.nextClientIp())
                .post(
                        "/api/auth/register",
                        Map.of(
                                "email",
                                person.email(),
                                "password",
                                PASSWORD,
                                "displayName",
                                "Someone New",
                                "birthDate",
                                "1991-01-01",
                                "acceptedDocuments",
                                currentRequiredDocuments()),
                        null);
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.body().get("userId").asText()).isNotEqualTo(person.userId());

        // a restored backup forgets them again: the ledger is re-applied at start (here: the check run by hand)
        assertThat(ledgerCheck.reapply()).isZero();
    }

    private void rebuildEverything(String admin) {
        JsonNode listing = api.get("/api/admin/projections", admin).body();
        List<String> names = new ArrayList<>();
        (listing.isArray() ? listing : listing.path("items"))
                .forEach(p -> names.add(p.get("name").asText()));
        assertThat(names).contains("users", "search", "deletions", "consents", "audit-log");
        for (String name : names) {
            // each from an address of its own: writes are rate-limited per address
            Api.Response rebuild = new Api(port, json, Api.nextClientIp())
                    .post("/api/admin/projections/" + name + "/rebuild", null, admin);
            assertThat(rebuild.status()).as(name + ": " + rebuild).isIn(202, 409);
        }
        await("every rebuild done", Duration.ofSeconds(120), () -> {
            JsonNode now = api.get("/api/admin/projections", admin).body();
            boolean[] done = {true};
            (now.isArray() ? now : now.path("items")).forEach(p -> {
                if (p.path("replaying").asBoolean() || p.path("lag").asLong() > 0) {
                    done[0] = false;
                }
            });
            return done[0];
        });
    }

    /** Every text column of every table but the event store itself (whose personal fields are encrypted). */
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
