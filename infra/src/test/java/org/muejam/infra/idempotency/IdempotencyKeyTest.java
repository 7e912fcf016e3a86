package org.muejam.infra.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A client that lost an answer can retry a command with the same Idempotency-Key: the retry answers as the first
 * request did and stores nothing new, whatever the timing, and the key lives in PostgreSQL.
 */
class IdempotencyKeyTest extends IntegrationTest {

    private static final String CONSENT = "/api/legal/cookie-consent";

    @Autowired
    private IdempotencyCleanup cleanup;

    @Test
    void aRetryWithTheSameKeyAnswersAsTheFirstAndStoresNothingNew() {
        String session = newSession();
        String key = UUID.randomUUID().toString();

        Api.Response first = consent(session, true, key, null);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.headers().firstValue(IdempotencyFilter.REPLAYED_HEADER))
                .isEmpty();
        assertThat(eventsOf("session:" + session)).isEqualTo(1);

        Api.Response retry = consent(session, true, key, null);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.raw()).isEqualTo(first.raw());
        assertThat(retry.contentType()).isEqualTo(first.contentType());
        assertThat(retry.headers().firstValue(IdempotencyFilter.REPLAYED_HEADER))
                .contains("true");
        assertThat(first.headers().firstValue("X-Event-Position")).isPresent();
        assertThat(retry.headers().firstValue("X-Event-Position"))
                .isEqualTo(first.headers().firstValue("X-Event-Position"));
        assertThat(eventsOf("session:" + session)).isEqualTo(1);
    }

    @Test
    void withoutTheHeaderEveryRequestIsStored() {
        String session = newSession();
        assertThat(consent(session, true, null, null).status()).isEqualTo(200);
        Api.Response again = consent(session, true, null, null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.headers().firstValue(IdempotencyFilter.REPLAYED_HEADER))
                .isEmpty();
        assertThat(eventsOf("session:" + session)).isEqualTo(2);
    }

    @Test
    void theSameKeyOnADifferentRequestIs422AndStoresNothing() {
        String session = newSession();
        String key = UUID.randomUUID().toString();
        assertThat(consent(session, true, key, null).status()).isEqualTo(200);

        Api.Response changed = consent(session, false, key, null);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(422);
        assertThat(changed.contentType()).startsWith("application/problem+json");
        assertThat(changed.body().get("type").asText()).isEqualTo("/problems/idempotency-key-reused");
        assertThat(changed.body().get("field").asText()).isEqualTo("Idempotency-Key");

        String otherSession = newSession();
        Api.Response otherAggregate = consent(otherSession, true, key, null);
        assertThat(otherAggregate.status()).isEqualTo(422);
        assertThat(eventsOf("session:" + session)).isEqualTo(1);
        assertThat(eventsOf("session:" + otherSession)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "two words", "a\tb"})
    void anInvalidKeyIs400NamingTheHeader(String key) {
        String session = newSession();
        Api.Response refused = consent(session, true, key, null);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("type").asText()).isEqualTo("/problems/invalid-idempotency-key");
        assertThat(refused.body().get("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(eventsOf("session:" + session)).isZero();
    }

    @Test
    void aKeyOfMoreThan255CharactersIs400AndOf255Is200() {
        Api.Response tooLong = consent(newSession(), true, "k".repeat(256), null);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body().get("field").asText()).isEqualTo("Idempotency-Key");
        String visible = "!~" + "k".repeat(253);
        assertThat(consent(newSession(), true, visible, null).status()).isEqualTo(200);
    }

    @Test
    void endpointsThatHandOutCredentialsRefuseTheHeader() {
        Api.Response login = api.send(
                "POST",
                "/api/auth/login",
                "{\"email\":\"" + ADMIN_EMAIL + "\",\"password\":\"" + ADMIN_PASSWORD + "\"}",
                "application/json",
                null,
                Map.of(IdempotencyFilter.HEADER, UUID.randomUUID().toString()));
        assertThat(login.status()).as(login.toString()).isEqualTo(400);
        assertThat(login.body().get("type").asText()).isEqualTo("/problems/idempotency-key-not-supported");
        assertThat(login.body().get("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(login.raw()).doesNotContain("accessToken");
    }

    @Test
    void concurrentDuplicatesStoreExactlyOnce() throws Exception {
        String session = newSession();
        String key = UUID.randomUUID().toString();
        int clients = 8;
        CyclicBarrier start = new CyclicBarrier(clients);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Api.Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                Api client = new Api(port, json);
                answers.add(pool.submit(() -> {
                    start.await();
                    return consent(client, session, true, key, null);
                }));
            }
            List<Api.Response> responses = new ArrayList<>();
            for (Future<Api.Response> answer : answers) {
                responses.add(answer.get());
            }
            List<Api.Response> ran = responses.stream()
                    .filter(r -> r.status() == 200
                            && r.headers()
                                    .firstValue(IdempotencyFilter.REPLAYED_HEADER)
                                    .isEmpty())
                    .toList();
            assertThat(ran).as(responses.toString()).hasSize(1);
            for (Api.Response response : responses) {
                if (response.status() == 409) {
                    assertThat(response.body().get("type").asText()).isEqualTo("/problems/idempotency-key-in-use");
                    assertThat(response.headers().firstValue("Retry-After")).isPresent();
                } else {
                    assertThat(response.status()).as(response.toString()).isEqualTo(200);
                    assertThat(response.raw()).isEqualTo(ran.get(0).raw());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(eventsOf("session:" + session)).isEqualTo(1);
        Api.Response later = consent(session, true, key, null);
        assertThat(later.status()).isEqualTo(200);
        assertThat(later.headers().firstValue(IdempotencyFilter.REPLAYED_HEADER))
                .contains("true");
        assertThat(eventsOf("session:" + session)).isEqualTo(1);
    }

    @Test
    void keysArePerPrincipal() {
        String alice = signedIn("alice");
        String bob = signedIn("bob");
        String key = "order-1";

        Api.Response byAlice = consent(null, true, key, alice);
        assertThat(byAlice.status()).as(byAlice.toString()).isEqualTo(200);
        Api.Response byBob = consent(null, true, key, bob);
        assertThat(byBob.status()).as(byBob.toString()).isEqualTo(200);
        assertThat(byBob.headers().firstValue(IdempotencyFilter.REPLAYED_HEADER))
                .isEmpty();
        assertThat(byBob.body().get("holder").asText())
                .isNotEqualTo(byAlice.body().get("holder").asText());
        Api.Response anonymous = consent(newSession(), true, key, null);
        assertThat(anonymous.headers().firstValue(IdempotencyFilter.REPLAYED_HEADER))
                .isEmpty();

        Api.Response aliceAgain = consent(null, true, key, alice);
        assertThat(aliceAgain.headers().firstValue(IdempotencyFilter.REPLAYED_HEADER))
                .contains("true");
        assertThat(aliceAgain.raw()).isEqualTo(byAlice.raw());
        assertThat(eventsOf(byAlice.body().get("holder").asText())).isEqualTo(1);
        assertThat(eventsOf(byBob.body().get("holder").asText())).isEqualTo(1);
    }

    @Test
    void theKeyAndItsAnswerAreKeptInPostgreSQL() {
        String session = newSession();
        String key = UUID.randomUUID().toString();
        Api.Response first = consent(session, true, key, null);
        Map<String, Object> row = jdbc.queryForMap("""
                SELECT response_status, response_body, created_at FROM idempotency_key
                 WHERE scope = 'anonymous' AND idempotency_key = ?""", key);
        assertThat(row.get("response_status")).isEqualTo(200);
        assertThat(new String((byte[]) row.get("response_body"), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(first.raw());
    }

    @Test
    void aRefusedCommandLeavesNoKeySoItsRetryRunsAgain() {
        String reader = signedIn("refused");
        String key = UUID.randomUUID().toString();
        Map<String, String> unpublished = Map.of("documentType", "terms-of-service", "version", "never-published");

        Api.Response refused = send("POST", "/api/legal/consent", unpublished, key, reader);
        assertThat(refused.status()).as(refused.toString()).isBetween(400, 499);
        // the row was written inside the command's transaction, which the refusal rolled back
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM idempotency_key WHERE idempotency_key = ?", Long.class, key))
                .isZero();
        Api.Response retry = send("POST", "/api/legal/consent", unpublished, key, reader);
        assertThat(retry.status()).isEqualTo(refused.status());
        assertThat(retry.headers().firstValue(IdempotencyFilter.REPLAYED_HEADER))
                .isEmpty();
    }

    @Test
    void aKeyWhoseAnswerWasLostAnswers409AndStoresNothing() {
        String session = newSession();
        String key = UUID.randomUUID().toString();
        assertThat(consent(session, true, key, null).status()).isEqualTo(200);
        // as if the node had died between the commit and keeping the answer
        jdbc.update("UPDATE idempotency_key SET response_status = NULL WHERE idempotency_key = ?", key);

        Api.Response retry = consent(session, true, key, null);
        assertThat(retry.status()).isEqualTo(409);
        assertThat(retry.body().get("type").asText()).isEqualTo("/problems/idempotency-key-in-use");
        assertThat(retry.headers().firstValue("Retry-After")).isPresent();
        assertThat(eventsOf("session:" + session)).isEqualTo(1);
    }

    @Test
    void anExpiredKeyIsANewKeyAndTheCleanupDeletesIt() {
        String session = newSession();
        String key = UUID.randomUUID().toString();
        assertThat(consent(session, true, key, null).status()).isEqualTo(200);
        age(key, Duration.ofHours(25));

        Api.Response afterWindow = consent(session, false, key, null);
        assertThat(afterWindow.status()).as(afterWindow.toString()).isEqualTo(200);
        assertThat(afterWindow.headers().firstValue(IdempotencyFilter.REPLAYED_HEADER))
                .isEmpty();
        assertThat(afterWindow.body().get("analytics").asBoolean()).isFalse();
        assertThat(eventsOf("session:" + session)).isEqualTo(2);
        Api.Response retry = consent(session, false, key, null);
        assertThat(retry.headers().firstValue(IdempotencyFilter.REPLAYED_HEADER))
                .contains("true");

        age(key, Duration.ofHours(25));
        assertThat(cleanup.deleteExpired()).isPositive();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM idempotency_key WHERE idempotency_key = ?", Long.class, key))
                .isZero();
    }

    private void age(String key, Duration by) {
        jdbc.update(
                "UPDATE idempotency_key SET created_at = created_at - make_interval(secs => ?) "
                        + "WHERE idempotency_key = ?",
                (double) by.toSeconds(),
                key);
    }

    private String signedIn(String who) {
        String email = uniqueEmail(who);
        register(email);
        return login(email, PASSWORD);
    }

    private static String newSession() {
        return "s-" + UUID.randomUUID();
    }

    private long eventsOf(String aggregate) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, aggregate);
    }

    private Api.Response consent(String session, boolean analytics, String key, String token) {
        return consent(api, session, analytics, key, token);
    }

    private Api.Response consent(Api client, String session, boolean analytics, String key, String token) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("analytics", analytics);
        body.put("marketing", false);
        if (session != null) {
            body.put("sessionId", session);
        }
        return send(client, "PUT", CONSENT, body, key, token);
    }

    private Api.Response send(String method, String path, Object body, String key, String token) {
        return send(api, method, path, body, key, token);
    }

    private Api.Response send(Api client, String method, String path, Object body, String key, String token) {
        try {
            return client.send(
                    method,
                    path,
                    json.writeValueAsString(body),
                    "application/json",
                    token,
                    key == null ? Map.of() : Map.of(IdempotencyFilter.HEADER, key));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
