package org.muejam.infra.projections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.projections.apikeys.ApiKeyProjection;
import org.muejam.projections.identity.UserProjection;
import org.muejam.shared.apikeys.ApiKeyCreatedEvent;
import org.muejam.shared.apikeys.ApiKeyRevokedEvent;
import org.muejam.shared.apikeys.ApiKeyRotatedEvent;
import org.muejam.shared.identity.AccountLockedEvent;
import org.muejam.shared.identity.PasswordChangedEvent;
import org.muejam.shared.identity.Role;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.identity.UserRegisteredEvent;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A rebuild replays a stream into rows that already hold its end state. At no point of that replay may an account
 * show a password it has since changed (or a lock its reset ended), nor a key a secret it has rotated away or a
 * revocation undone: after every replayed event the row still says what the whole stream says.
 */
class ReplayOrderTest extends IntegrationTest {

    @Autowired
    private UserProjection users;

    @Autowired
    private ApiKeyProjection keys;

    private static void deliver(AnnotationEventHandlerAdapter projection, Object event) throws Exception {
        projection.handle(GenericEventMessage.asEventMessage(event));
    }

    @Test
    void replayingAnAccountNeverBringsBackAnEarlierPasswordOrAnEndedLock() throws Exception {
        UserId userId = UserId.of(UUID.randomUUID().toString());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<Object> stream = List.of(
                new UserRegisteredEvent(
                        userId,
                        uniqueEmail("replay"),
                        "Replayed",
                        "hash-at-registration",
                        null,
                        Set.of(Role.USER),
                        now.minus(Duration.ofHours(1))),
                new AccountLockedEvent(userId, now.minus(Duration.ofMinutes(10)), now.plus(Duration.ofMinutes(20)), 5),
                new PasswordChangedEvent(userId, "hash-of-first-reset", now.minus(Duration.ofMinutes(5))),
                new PasswordChangedEvent(userId, "hash-of-second-reset", now.minus(Duration.ofMinutes(1))));
        AnnotationEventHandlerAdapter projection = new AnnotationEventHandlerAdapter(users);
        try {
            for (Object event : stream) {
                deliver(projection, event);
            }
            projection.prepareReset();
            for (Object event : stream) {
                deliver(projection, event);
                Map<String, Object> row = jdbc.queryForMap(
                        "SELECT password_hash, locked_until FROM user_account WHERE user_id = ?", userId.value());
                assertThat(row.get("password_hash"))
                        .as("after replaying %s", event)
                        .isEqualTo("hash-of-second-reset");
                assertThat(row.get("locked_until"))
                        .as("after replaying %s", event)
                        .isNull();
            }
        } finally {
            // a row without events behind it would confuse tests that rebuild the users projection
            jdbc.update("DELETE FROM user_account WHERE user_id = ?", userId.value());
        }
    }

    @Test
    void replayingAKeyNeverRevivesItOrASecretItRotatedAway() throws Exception {
        String keyId = "key:" + UUID.randomUUID();
        UserId owner = UserId.of(UUID.randomUUID().toString());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<Object> stream = List.of(
                new ApiKeyCreatedEvent(keyId, owner, "replayed", "hash-a", null, now.minus(Duration.ofHours(3))),
                new ApiKeyRotatedEvent(
                        keyId,
                        owner,
                        "hash-b",
                        "hash-a",
                        now.plus(Duration.ofHours(20)),
                        now.minus(Duration.ofHours(2))),
                new ApiKeyRotatedEvent(
                        keyId,
                        owner,
                        "hash-c",
                        "hash-b",
                        now.plus(Duration.ofHours(23)),
                        now.minus(Duration.ofHours(1))),
                new ApiKeyRevokedEvent(keyId, owner, now.minus(Duration.ofMinutes(30))));
        AnnotationEventHandlerAdapter projection = new AnnotationEventHandlerAdapter(keys);
        try {
            for (Object event : stream) {
                deliver(projection, event);
            }
            projection.prepareReset();
            for (Object event : stream) {
                deliver(projection, event);
                List<Map<String, Object>> rows = jdbc.queryForList(
                        "SELECT secret_hash, previous_secret_hash, revoked_at FROM api_key WHERE key_id = ?", keyId);
                assertThat(rows).as("after replaying %s", event).hasSize(1);
                assertThat(rows.get(0).get("secret_hash"))
                        .as("after replaying %s", event)
                        .isEqualTo("hash-c");
                assertThat(rows.get(0).get("previous_secret_hash"))
                        .as("after replaying %s", event)
                        .isEqualTo("hash-b");
                assertThat(rows.get(0).get("revoked_at"))
                        .as("after replaying %s", event)
                        .isNotNull();
            }
        } finally {
            jdbc.update("DELETE FROM api_key WHERE key_id = ?", keyId);
        }
    }
}
