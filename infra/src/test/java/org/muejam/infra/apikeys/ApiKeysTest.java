package org.muejam.infra.apikeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;

/**
 * API keys end to end: shown once, listed without secrets, accepted in two headers, rotated with an overlap in
 * which both secrets work, revoked for good, refused once expired, and audited as the key acting for its owner.
 */
class ApiKeysTest extends IntegrationTest {

    private record Owner(String id, String token) {}

    private Owner owner() {
        String email = uniqueEmail("keys");
        String id = register(email);
        return new Owner(id, login(email, PASSWORD));
    }

    private JsonNode create(String token, Map<String, Object> body) {
        Api.Response created = api.post("/api/keys", body, token);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location"))
                .contains("/api/keys/" + created.body().get("id").asText());
        return created.body();
    }

    private Api.Response withKey(String path, String key) {
        return api.send("GET", path, null, null, null, Map.of("Authorization", "ApiKey " + key));
    }

    private Api.Response withKeyHeader(String path, String key) {
        return api.send("GET", path, null, null, null, Map.of("X-API-Key", key));
    }

    @Test
    void aKeyIsShownOnceListedWithoutItsSecretAndActsForItsOwner() {
        Owner owner = owner();
        JsonNode created = create(owner.token(), Map.of("name", "deploy bot"));
        String id = created.get("id").asText();
        String key = created.get("key").asText();
        assertThat(id).matches("key:[0-9a-f-]{36}");
        assertThat(key).startsWith("mjk_" + id.substring(4) + "_");

        Api.Response list = api.get("/api/keys", owner.token());
        assertThat(list.status()).isEqualTo(200);
        JsonNode item = list.body().get("items").get(0);
        assertThat(item.get("id").asText()).isEqualTo(id);
        assertThat(item.get("name").asText()).isEqualTo("deploy bot");
        assertThat(item.get("status").asText()).isEqualTo("active");
        assertThat(list.raw())
                .doesNotContain(key.substring(key.lastIndexOf('_') + 1))
                .doesNotContain("ecret");
        String storedHash = jdbc.queryForObject("SELECT secret_hash FROM api_key WHERE key_id = ?", String.class, id);
        assertThat(storedHash).hasSize(64).isNotEqualTo(key.substring(key.lastIndexOf('_') + 1));

        for (Api.Response me :
                new Api.Response[] {withKey("/api/users/me", key), withKeyHeader("/api/users/me", key)}) {
            assertThat(me.status()).as(me.toString()).isEqualTo(200);
            assertThat(me.body().get("id").asText()).isEqualTo(owner.id());
        }
        assertThat(withKey("/api/admin/audit-logs", key).status())
                .as("the owner's roles, no more")
                .isEqualTo(403);
        Api.Response both = api.send("GET", "/api/users/me", null, null, owner.token(), Map.of("X-API-Key", key));
        assertThat(both.status()).isEqualTo(401);
        assertThat(both.body().get("type").asText()).isEqualTo("/problems/ambiguous-credentials");
    }

    @Test
    void commandsSentWithAKeyAreAuditedAsTheKeyActingForItsOwnerWithoutCsrf() {
        Owner owner = owner();
        String id =
                create(owner.token(), Map.of("name", "consent bot")).get("id").asText();
        String key = create(owner.token(), Map.of("name", "other")).get("key").asText();
        String usedId = ApiKeySecrets.parse(key).orElseThrow().keyId();
        Api.Response consent = api.send(
                "PUT",
                "/api/legal/cookie-consent",
                "{\"essential\":true,\"analytics\":true,\"marketing\":false}",
                "application/json",
                null,
                Map.of("X-API-Key", key, "Cookie", "MUEJAM_ACCESS=ignored"));
        assertThat(consent.status()).as(consent.toString()).isEqualTo(200);
        assertThat(consent.body().get("holder").asText()).isEqualTo("user:" + owner.id());

        JsonNode entries = auditEntries(adminToken(), "actionType=CookieConsentRecorded&resourceId=user:" + owner.id());
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).get("actorId").asText()).isEqualTo(usedId).isNotEqualTo(id);
        assertThat(entries.get(0).get("metadata").get("actorType").asText()).isEqualTo("api-key");
        assertThat(entries.get(0).get("subjectId").asText()).isEqualTo(owner.id());
        assertThat(entries.get(0).get("ipAddress").asText()).isEqualTo(api.clientIp());

        JsonNode created = auditEntries(adminToken(), "actionType=ApiKeyCreated&resourceId=" + id);
        assertThat(created).hasSize(1);
        assertThat(created.get(0).get("actorId").asText()).isEqualTo(owner.id());
        assertThat(created.get(0).get("resourceType").asText()).isEqualTo("ApiKey");
    }

    @Test
    void rotationGivesANewSecretAndTheOldOneWorksUntilTheOverlapEnds() {
        Owner owner = owner();
        JsonNode created = create(owner.token(), Map.of("name", "rotating"));
        String id = created.get("id").asText();
        String oldKey = created.get("key").asText();

        Instant before = Instant.now();
        Api.Response rotated = api.post("/api/keys/" + id + "/rotate", null, owner.token());
        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
        assertThat(rotated.body().get("id").asText()).isEqualTo(id);
        String newKey = rotated.body().get("key").asText();
        assertThat(newKey).isNotEqualTo(oldKey).startsWith("mjk_" + id.substring(4) + "_");
        Instant overlapEnd =
                Instant.parse(rotated.body().get("previousKeyValidUntil").asText());
        assertThat(overlapEnd)
                .isBetween(
                        before.plus(Duration.ofHours(24)).minusSeconds(5),
                        Instant.now().plus(Duration.ofHours(24)).plusSeconds(5));

        assertThat(withKey("/api/users/me", newKey).status()).isEqualTo(200);
        assertThat(withKey("/api/users/me", oldKey).status())
                .as("within the overlap")
                .isEqualTo(200);

        // as if the overlap had passed
        jdbc.update("UPDATE api_key SET previous_valid_until = now() - interval '1 second' WHERE key_id = ?", id);
        assertThat(withKey("/api/users/me", oldKey).status()).isEqualTo(401);
        assertThat(withKey("/api/users/me", newKey).status()).isEqualTo(200);
    }

    @Test
    void aRevokedKeyIsRefusedWithBothItsSecretsAndStaysListedAsRevoked() {
        Owner owner = owner();
        JsonNode created = create(owner.token(), Map.of("name", "short-lived"));
        String id = created.get("id").asText();
        String oldKey = created.get("key").asText();
        String newKey = api.post("/api/keys/" + id + "/rotate", null, owner.token())
                .body()
                .get("key")
                .asText();

        Api.Response revoked = api.send("DELETE", "/api/keys/" + id, null, null, owner.token(), Map.of());
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(204);
        for (String key : new String[] {oldKey, newKey}) {
            Api.Response refused = withKey("/api/users/me", key);
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body().get("type").asText()).isEqualTo("/problems/invalid-api-key");
        }
        assertThat(api.get("/api/keys", owner.token())
                        .body()
                        .get("items")
                        .get(0)
                        .get("status")
                        .asText())
                .isEqualTo("revoked");
        Api.Response again = api.send("DELETE", "/api/keys/" + id, null, null, owner.token(), Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(api.post("/api/keys/" + id + "/rotate", null, owner.token()).status())
                .isEqualTo(409);
    }

    @Test
    void anExpiredKeyIsRefused() {
        Owner owner = owner();
        Instant expiry = Instant.now().plus(Duration.ofDays(30));
        JsonNode created = create(owner.token(), Map.of("name", "expiring", "expiresAt", expiry.toString()));
        assertThat(Instant.parse(created.get("expiresAt").asText())).isEqualTo(expiry);
        String key = created.get("key").asText();
        assertThat(withKeyHeader("/api/users/me", key).status()).isEqualTo(200);

        // as if thirty days had passed
        jdbc.update(
                "UPDATE api_key SET expires_at = now() - interval '1 second' WHERE key_id = ?",
                created.get("id").asText());
        assertThat(withKeyHeader("/api/users/me", key).status()).isEqualTo(401);
        assertThat(api.get("/api/keys", owner.token())
                        .body()
                        .get("items")
                        .get(0)
                        .get("status")
                        .asText())
                .isEqualTo("expired");
    }

    @Test
    void someoneElsesKeysAreNeitherListedNorRotatableNorRevocable() {
        Owner owner = owner();
        Owner stranger = owner();
        String id = create(owner.token(), Map.of("name", "mine")).get("id").asText();
        assertThat(api.get("/api/keys", stranger.token()).body().get("items")).isEmpty();
        Api.Response rotate = api.post("/api/keys/" + id + "/rotate", null, stranger.token());
        assertThat(rotate.status()).isEqualTo(404);
        assertThat(rotate.body().get("type").asText()).isEqualTo("/problems/api-key-not-found");
        assertThat(api.send("DELETE", "/api/keys/" + id, null, null, stranger.token(), Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/keys", owner.token())
                        .body()
                        .get("items")
                        .get(0)
                        .get("status")
                        .asText())
                .isEqualTo("active");
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        Owner owner = owner();
        long before = eventCount();
        Api.Response noName = api.post("/api/keys", Map.of(), owner.token());
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.body().get("field").asText()).isEqualTo("name");
        Api.Response past =
                api.post("/api/keys", Map.of("name", "late", "expiresAt", "2020-01-01T00:00:00Z"), owner.token());
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.body().get("field").asText()).isEqualTo("expiresAt");
        Api.Response badDate = api.post("/api/keys", Map.of("name", "x", "expiresAt", "tomorrow"), owner.token());
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body().get("field").asText()).isEqualTo("expiresAt");
        assertThat(eventCount()).isEqualTo(before);

        assertThat(api.post("/api/keys/" + owner.id() + "/rotate", null, owner.token())
                        .status())
                .as("a user id is no key id")
                .isEqualTo(404);
        assertThat(api.send("DELETE", "/api/keys/key:nonsense", null, null, owner.token(), Map.of())
                        .status())
                .isEqualTo(404);
        for (String garbage :
                new String[] {"mjk_x", "mjk_00000000-0000-0000-0000-000000000000_" + "a".repeat(64), ""}) {
            Api.Response refused = withKeyHeader("/api/users/me", garbage);
            assertThat(refused.status()).as(garbage).isEqualTo(401);
        }
        assertThat(api.get("/api/keys", null).status())
                .as("keys are for signed-in callers")
                .isEqualTo(401);
    }

    @Test
    void aKeyCannotCreateListRotateOrRevokeKeys() {
        Owner owner = owner();
        JsonNode created = create(owner.token(), Map.of("name", "leaky"));
        String id = created.get("id").asText();
        Map<String, String> withKey = Map.of("X-API-Key", created.get("key").asText());
        for (Api.Response refused : new Api.Response[] {
            api.send("GET", "/api/keys", null, null, null, withKey),
            api.send("POST", "/api/keys", "{\"name\":\"minted\"}", "application/json", null, withKey),
            api.send("POST", "/api/keys/" + id + "/rotate", null, null, null, withKey),
            api.send("DELETE", "/api/keys/" + id, null, null, null, withKey)
        }) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body().get("type").asText()).isEqualTo("/problems/api-key-not-allowed");
        }
        JsonNode items = api.get("/api/keys", owner.token()).body().get("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("status").asText()).isEqualTo("active");
        assertThat(withKeyHeader("/api/users/me", created.get("key").asText()).status())
                .isEqualTo(200);
    }

    @Test
    void aWrongSecretForARealKeyIsRefused() {
        Owner owner = owner();
        String key = create(owner.token(), Map.of("name", "real")).get("key").asText();
        String forged = key.substring(0, key.lastIndexOf('_') + 1) + "0".repeat(64);
        assertThat(withKey("/api/users/me", forged).status()).isEqualTo(401);
    }

    @Test
    void aKeyCannotChangeTheSecondFactorSessionsOrPasswordsEvenWithThePassword() {
        Owner owner = owner();
        Map<String, String> withKey = Map.of(
                "X-API-Key",
                create(owner.token(), Map.of("name", "script")).get("key").asText());
        String password = "{\"password\":\"" + PASSWORD + "\"}";
        String[][] writes = {
            {"POST", "/api/auth/2fa/setup", password},
            {"POST", "/api/auth/2fa/verify-setup", "{\"code\":\"123456\"}"},
            {"POST", "/api/auth/2fa/regenerate-backup-codes", "{\"password\":\"" + PASSWORD + "\",\"code\":\"1\"}"},
            {"DELETE", "/api/auth/2fa", "{\"password\":\"" + PASSWORD + "\",\"code\":\"123456\"}"},
            {"POST", "/api/auth/refresh", "{\"refreshToken\":\"anything\"}"},
            {"POST", "/api/auth/logout", "{\"refreshToken\":\"anything\"}"},
            {"POST", "/api/auth/login", "{\"email\":\"someone@example.org\"," + password.substring(1)},
            {"POST", "/api/auth/password-reset/request", "{\"email\":\"someone@example.org\"}"},
            {"POST", "/api/auth/password-reset/confirm", "{\"token\":\"t\",\"newPassword\":\"x\"}"}
        };
        for (String[] write : writes) {
            Api.Response refused = api.send(write[0], write[1], write[2], "application/json", null, withKey);
            assertThat(refused.status()).as(write[1] + ": " + refused).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body().get("type").asText()).isEqualTo("/problems/api-key-not-allowed");
        }
        assertThat(withKeyHeader("/api/auth/2fa", withKey.get("X-API-Key")).status())
                .as("reading whether it is on is no change")
                .isEqualTo(200);
    }
}
