package org.muejam.infra.projections;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.muejam.infra.personaldata.SubjectKeyStore;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.shared.identity.EmailVerifiedEvent;
import org.muejam.shared.identity.Role;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.identity.UserRegisteredEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * No event can stop a projection. Events the users projection cannot store are written straight into the event
 * table by the database owner (as a bug or an older release could have stored them): each is parked with its error
 * while the events after it are projected, shows in the listing, health and metrics, and can be retried once the
 * fault is fixed or evicted with a reason that stays in the event store.
 */
class DeadLetterTest extends IntegrationTest {

    private static final Duration PARKING = Duration.ofSeconds(60);

    @Autowired
    DataSource dataSource;

    @Autowired
    @Qualifier("eventSerializer")
    private Serializer eventSerializer;

    @Autowired
    private SubjectKeyStore keys;

    private final List<String> planted = new ArrayList<>();

    /**
     * Planted people are erased afterwards, as the platform erases anyone: their events then read back with
     * placeholders that every projection can store, so later rebuilds and retries meet no poison.
     */
    @AfterEach
    void forgetPlantedPeople() throws Exception {
        String admin = adminToken();
        for (String userId : planted) {
            keys.erase(userId);
            if (api.get("/api/admin/projections/users/dead-letters", admin)
                    .raw()
                    .contains(userId)) {
                api.post("/api/admin/projections/users/dead-letters/" + userId + "/retry", null, admin);
            }
        }
        awaitUsers(admin, "no parked letters", users -> users.get("deadLetters").asLong() == 0);
    }

    @Test
    void anEventNoProjectionCanStoreIsParkedWhileTheEventsAfterItAreProjectedAndAnEvictionIsAudited() throws Exception {
        String admin = adminToken();
        String poisoned = newPerson();
        String poisonEventId = plant(registration(poisoned, "a\u0000b"), poisoned, 0);
        List<String> others = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String other = newPerson();
            others.add(other);
            plant(registration(other, "Reader " + i), other, 0);
        }
        String queuedEventId = plant(new EmailVerifiedEvent(UserId.of(poisoned), Instant.now()), poisoned, 1);

        await(
                "the 100 accounts after the poisoned one are projected",
                PARKING,
                () -> jdbc.queryForObject(
                                "SELECT count(*) FROM user_account WHERE user_id = ANY (?)", Long.class, (Object)
                                        others.toArray(String[]::new))
                        == 100);
        JsonNode users = awaitUsers(
                admin,
                "the poisoned registration and the event behind it are parked",
                projection -> projection.get("deadLetters").asLong() == 2);
        assertThat(users.get("status").asText()).isEqualTo("DEGRADED");
        assertThat(users.get("error").asText()).contains("PSQLException").contains("0x00");
        assertThat(jdbc.queryForList("SELECT user_id FROM user_account WHERE user_id = ?", poisoned))
                .isEmpty();
        for (JsonNode projection : api.get("/api/admin/projections", admin).body()) {
            if (!projection.get("name").asText().equals("users")) {
                assertThat(projection.get("deadLetters").asLong())
                        .as(projection.toString())
                        .isZero();
            }
        }

        Api.Response listed = api.get("/api/admin/projections/users/dead-letters", admin);
        assertThat(listed.status()).isEqualTo(200);
        JsonNode items = listed.body().get("items");
        assertThat(items).hasSize(2);
        JsonNode failed = items.get(0);
        assertThat(failed.get("sequenceId").asText()).isEqualTo(poisoned);
        assertThat(failed.get("eventId").asText()).isEqualTo(poisonEventId);
        assertThat(failed.get("aggregateId").asText()).isEqualTo(poisoned);
        assertThat(failed.get("sequenceNumber").asLong()).isZero();
        assertThat(failed.get("eventType").asText()).isEqualTo("UserRegisteredEvent");
        assertThat(failed.get("error").asText()).contains("0x00");
        assertThat(failed.get("attempts").asLong()).isEqualTo(3);
        assertThat(Instant.parse(failed.get("firstFailedAt").asText()))
                .isBeforeOrEqualTo(Instant.parse(failed.get("lastFailedAt").asText()));
        JsonNode queued = items.get(1);
        assertThat(queued.get("eventId").asText()).isEqualTo(queuedEventId);
        assertThat(queued.get("sequenceNumber").asLong()).isEqualTo(1);
        assertThat(queued.get("error").isNull()).isTrue();

        Api.Response health = api.get("/actuator/health", admin);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().at("/components/eventProcessors/status").asText())
                .isEqualTo("DEGRADED");
        String metrics = api.get("/actuator/prometheus", null).raw();
        assertThat(metrics).contains("muejam_projections_dead_letters{group=\"users\"} 2.0");
        assertThat(metrics)
                .contains("muejam_projections_lag{group=\"users\"}")
                .containsPattern("eventProcessor_latency.*processorName=\"users\"")
                .containsPattern("eventProcessor_capacity.*processorName=\"users\"");

        assertRefused(
                api.send(
                        "DELETE",
                        "/api/admin/projections/users/dead-letters/" + poisoned,
                        null,
                        "application/json",
                        admin,
                        Map.of()),
                400);
        Api.Response blank = api.send(
                "DELETE",
                "/api/admin/projections/users/dead-letters/" + poisoned,
                "{\"reason\":\" \"}",
                "application/json",
                admin,
                Map.of());
        assertRefused(blank, 400);
        assertThat(blank.body().get("field").asText()).isEqualTo("reason");
        assertRefused(
                api.send(
                        "DELETE",
                        "/api/admin/projections/no-such-projection/dead-letters/" + poisoned,
                        "{\"reason\":\"r\"}",
                        "application/json",
                        admin,
                        Map.of()),
                404);
        assertRefused(
                api.send(
                        "DELETE",
                        "/api/admin/projections/users/dead-letters/" + UUID.randomUUID(),
                        "{\"reason\":\"r\"}",
                        "application/json",
                        admin,
                        Map.of()),
                404);
        assertRefused(
                api.post("/api/admin/projections/users/dead-letters/" + UUID.randomUUID() + "/retry", null, admin),
                404);
        assertRefused(api.get("/api/admin/projections/no-such-projection/dead-letters", admin), 404);
        String readerEmail = uniqueEmail("not-admin");
        register(readerEmail);
        String reader = login(readerEmail, PASSWORD);
        assertThat(api.get("/api/admin/projections/users/dead-letters", reader).status())
                .isEqualTo(403);

        Api.Response evicted = api.send(
                "DELETE",
                "/api/admin/projections/users/dead-letters/" + poisoned,
                "{\"reason\":\"planted registration with a NUL in its name\"}",
                "application/json",
                admin,
                Map.of());
        assertThat(evicted.status()).as(evicted.toString()).isEqualTo(204);
        JsonNode after = awaitUsers(
                admin,
                "the eviction clears the queue",
                projection -> projection.get("deadLetters").asLong() == 0);
        assertThat(after.get("error").isNull()).isTrue();
        assertThat(api.get("/api/admin/projections/users/dead-letters", admin)
                        .body()
                        .get("items"))
                .isEmpty();

        JsonNode log = api.get("/api/admin/history/aggregates/Projection/projection:users", admin)
                .body();
        JsonNode eviction = log.get(log.size() - 1);
        assertThat(eviction.get("eventType").asText()).isEqualTo("DeadLetterEvictedEvent");
        JsonNode payload = eviction.get("payload");
        assertThat(payload.get("projection").asText()).isEqualTo("users");
        assertThat(payload.get("sequenceId").asText()).isEqualTo(poisoned);
        assertThat(payload.get("eventIds")).extracting(JsonNode::asText).containsExactly(poisonEventId, queuedEventId);
        assertThat(payload.get("evictedBy").asText()).isEqualTo(adminId(admin));
        assertThat(payload.get("reason").asText()).isEqualTo("planted registration with a NUL in its name");
    }

    /** A column too narrow for a value an older release accepted: fixed by widening it, as a migration would. */
    @Test
    void aParkedEventIsProjectedByARetryOnceItsFaultIsFixed() throws Exception {
        String admin = adminToken();
        String person = newPerson();
        String longName = "Reader with a very long name ".repeat(9).strip();
        assertThat(longName.length()).isGreaterThan(200);
        plant(registration(person, longName), person, 0);
        awaitUsers(
                admin,
                "the registration is parked",
                users -> users.get("deadLetters").asLong() == 1);
        assertThat(api.get("/api/admin/projections/users/dead-letters", admin)
                        .body()
                        .at("/items/0/error")
                        .asText())
                .contains("value too long");

        Api.Response tooEarly = api.post("/api/admin/projections/users/dead-letters/" + person + "/retry", null, admin);
        assertThat(tooEarly.status()).as(tooEarly.toString()).isEqualTo(202);
        assertThat(tooEarly.body().get("projected").asBoolean()).isFalse();
        assertThat(tooEarly.body().get("remaining").asLong()).isEqualTo(1);
        assertThat(api.get("/api/admin/projections/users/dead-letters", admin)
                        .body()
                        .at("/items/0/attempts")
                        .asLong())
                .isEqualTo(4);

        try {
            ownerExecute("ALTER TABLE user_account ALTER COLUMN display_name TYPE VARCHAR(400)");
            Api.Response retried =
                    api.post("/api/admin/projections/users/dead-letters/" + person + "/retry", null, admin);
            assertThat(retried.status()).as(retried.toString()).isEqualTo(202);
            assertThat(retried.body().get("projected").asBoolean()).isTrue();
            assertThat(jdbc.queryForObject(
                            "SELECT display_name FROM user_account WHERE user_id = ?", String.class, person))
                    .isEqualTo(longName);
            JsonNode users = awaitUsers(
                    admin, "the queue is empty", p -> p.get("deadLetters").asLong() == 0);
            assertThat(users.get("status").asText()).isEqualTo("RUNNING");
        } finally {
            keys.erase(person);
            jdbc.update("UPDATE user_account SET display_name = 'Deleted User' WHERE user_id = ?", person);
            ownerExecute("ALTER TABLE user_account ALTER COLUMN display_name TYPE VARCHAR(200)");
            // a column's type changed twice under the pool: statements its connections prepared meanwhile would
            // fail once with "cached plan must not change result type" in whichever later test reads the column
            dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
        }
    }

    @Test
    void aRebuildWithAParkedEventFinishesForEverythingElse() throws Exception {
        String admin = adminToken();
        String kept = register(uniqueEmail("kept-through-rebuild"));
        String poisoned = newPerson();
        plant(registration(poisoned, "x\u0000y"), poisoned, 0);
        awaitUsers(
                admin,
                "the registration is parked",
                users -> users.get("deadLetters").asLong() == 1);
        Map<String, Object> keptRow =
                jdbc.queryForMap("SELECT email, display_name, password_hash FROM user_account WHERE user_id = ?", kept);
        Instant rebuiltAt = Instant.now();

        assertThat(api.post("/api/admin/projections/users/rebuild", null, admin).status())
                .isEqualTo(202);
        JsonNode users = awaitUsers(
                admin,
                "the rebuild has finished and parked the event again",
                p -> !p.get("replaying").asBoolean()
                        && p.get("lag").asLong() == 0
                        && p.get("deadLetters").asLong() == 1);
        assertThat(users.get("status").asText()).isEqualTo("DEGRADED");
        JsonNode letter = api.get("/api/admin/projections/users/dead-letters", admin)
                .body()
                .at("/items/0");
        assertThat(letter.get("sequenceId").asText()).isEqualTo(poisoned);
        assertThat(Instant.parse(letter.get("firstFailedAt").asText())).isAfter(rebuiltAt);
        assertThat(jdbc.queryForMap(
                        "SELECT email, display_name, password_hash FROM user_account WHERE user_id = ?", kept))
                .isEqualTo(keptRow);
    }

    /** Polls the listing once a second, each time as a new client, so the polling stays within the read limit. */
    private JsonNode awaitUsers(String admin, String what, Predicate<JsonNode> condition) throws Exception {
        long deadline = System.nanoTime() + PARKING.toNanos();
        while (System.nanoTime() < deadline) {
            Api.Response listing = new Api(port, json).get("/api/admin/projections", admin);
            assertThat(listing.status()).as(listing.toString()).isEqualTo(200);
            for (JsonNode projection : listing.body()) {
                if (projection.get("name").asText().equals("users") && condition.test(projection)) {
                    return projection;
                }
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("timed out waiting until " + what);
    }

    private String newPerson() {
        String userId = UUID.randomUUID().toString();
        planted.add(userId);
        return userId;
    }

    private static UserRegisteredEvent registration(String userId, String displayName) {
        return new UserRegisteredEvent(
                UserId.of(userId),
                "planted-" + userId.substring(0, 8) + "@example.org",
                displayName,
                "not-a-real-hash",
                null,
                Set.of(Role.USER),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    /** Stores the event the way the application would (personal fields encrypted), as the database owner. */
    private String plant(Object event, String aggregateId, long sequenceNumber) throws Exception {
        String eventId = UUID.randomUUID().toString();
        SerializedObject<byte[]> payload = eventSerializer.serialize(event, byte[].class);
        SerializedObject<byte[]> metaData = eventSerializer.serialize(MetaData.emptyInstance(), byte[].class);
        try (Connection owner = ownerConnection();
                PreparedStatement insert = owner.prepareStatement("""
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                    time_stamp, payload_type, payload_revision, payload, meta_data)
                VALUES (?, ?, ?, 'UserAccount', ?, ?, ?, ?, ?)""")) {
            insert.setString(1, eventId);
            insert.setString(2, aggregateId);
            insert.setLong(3, sequenceNumber);
            insert.setString(4, Instant.now().toString());
            insert.setString(5, payload.getType().getName());
            insert.setString(6, payload.getType().getRevision());
            insert.setBytes(7, payload.getData());
            insert.setBytes(8, metaData.getData());
            insert.executeUpdate();
        }
        authenticatePlanted(eventId);
        return eventId;
    }

    private static void ownerExecute(String sql) throws Exception {
        try (Connection owner = ownerConnection();
                Statement statement = owner.createStatement()) {
            statement.execute(sql);
        }
    }

    private String adminId(String admin) {
        return api.get("/api/users/me", admin).body().get("id").asText();
    }

    private static void assertRefused(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
