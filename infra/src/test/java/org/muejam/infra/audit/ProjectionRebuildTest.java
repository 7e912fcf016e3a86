package org.muejam.infra.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;

/** Admins see every projection's position and lag, and rebuild one from the log with reads answering throughout. */
class ProjectionRebuildTest extends IntegrationTest {

    private static final String AUDIT_ROWS =
            "SELECT position, event_id, action_type, actor_id, subject_id, ip_address, "
                    + "user_agent, resource_type, resource_id, result, metadata, occurred_at FROM audit_log "
                    + "WHERE subject_id IS NULL OR subject_id IN (SELECT subject_id FROM subject_key WHERE wrapped_key IS NOT NULL) ORDER BY position";
    /** People whose key was erased come back from a rebuild as placeholders, so they are compared apart. */
    /** Sign-ins during the rebuild move last_login_at on, so it is left out of the comparison. */
    private static final String KEPT_USERS = "SELECT user_id, email, display_name, password_hash, roles, "
            + "email_verified, registered_at, locked_until FROM user_account "
            + "WHERE user_id IN (SELECT subject_id FROM subject_key WHERE wrapped_key IS NOT NULL) ORDER BY user_id";

    @Test
    void projectionsAreListedWithPositionHeadAndLag() {
        register(uniqueEmail("listing"));
        Api.Response response = api.get("/api/admin/projections", adminToken());
        assertThat(response.status()).isEqualTo(200);
        List<String> names = response.body().findValuesAsText("name");
        assertThat(names).contains("audit-log", "users", "legal-documents", "consents");
        for (JsonNode projection : response.body()) {
            assertThat(projection.get("status").asText()).isIn("RUNNING", "REPLAYING");
            assertThat(projection.get("head").asLong()).isGreaterThan(0);
            assertThat(projection.get("lag").asLong())
                    .isEqualTo(projection.get("head").asLong()
                            - projection.get("position").asLong());
        }
    }

    @Test
    void rebuildingTheAuditViewFromZeroGivesTheSameRows() throws Exception {
        String admin = adminToken();
        register(uniqueEmail("rebuild"));
        awaitCaughtUp(admin, "audit-log");
        List<Map<String, Object>> before = jdbc.queryForList(AUDIT_ROWS);
        assertThat(before).isNotEmpty();

        try (Connection owner = ownerConnection();
                Statement statement = owner.createStatement()) {
            statement.execute("TRUNCATE audit_log"); // as after a schema change: the view starts from nothing
        }
        Api.Response rebuild = api.post("/api/admin/projections/audit-log/rebuild", null, admin);
        assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
        awaitCaughtUp(admin, "audit-log");
        assertThat(jdbc.queryForList(AUDIT_ROWS)).isEqualTo(before);
    }

    @Test
    void rebuildingTheUsersProjectionKeepsReadsAnsweringAndEndsWithTheSameAccounts() {
        String admin = adminToken();
        String email = uniqueEmail("users-rebuild");
        String userId = register(email);
        String reader = login(email, PASSWORD);
        awaitCaughtUp(admin, "users");
        List<Map<String, Object>> before = jdbc.queryForList(KEPT_USERS);

        assertThat(api.post("/api/admin/projections/users/rebuild", null, admin).status())
                .isEqualTo(202);
        for (int i = 0; i < 5; i++) {
            assertThat(api.get("/api/users/me", reader).status()).isEqualTo(200);
            assertThat(api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD), null)
                            .status())
                    .isEqualTo(200);
            assertThat(api.get("/api/admin/projections", admin).status()).isEqualTo(200);
        }
        awaitCaughtUp(admin, "users");
        assertThat(jdbc.queryForList(KEPT_USERS)).isEqualTo(before);
        assertThat(jdbc.queryForList(
                        "SELECT display_name FROM user_account "
                                + "WHERE user_id NOT IN (SELECT subject_id FROM subject_key WHERE wrapped_key IS NOT NULL)",
                        String.class))
                .allMatch("Deleted User"::equals);
        assertThat(api.get("/api/users/me", reader).body().get("id").asText()).isEqualTo(userId);
    }

    @Test
    void unknownProjectionsCannotBeRebuilt() {
        Api.Response response = api.post("/api/admin/projections/no-such-thing/rebuild", null, adminToken());
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private void awaitCaughtUp(String admin, String name) {
        await(name + " has caught up", Duration.ofSeconds(60), () -> {
            for (JsonNode projection : api.get("/api/admin/projections", admin).body()) {
                if (projection.get("name").asText().equals(name)) {
                    return projection.get("lag").asLong() == 0
                            && !projection.get("replaying").asBoolean()
                            && projection.get("status").asText().equals("RUNNING");
                }
            }
            return false;
        });
    }
}
