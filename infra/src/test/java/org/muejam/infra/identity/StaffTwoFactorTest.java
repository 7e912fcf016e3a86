package org.muejam.infra.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * With muejam.security.require-2fa-for-moderators on, staff without two-factor authentication get sessions that
 * may only set it up. The shared test context starts with the rule off (the bootstrap administrator does admin work
 * elsewhere), so this test turns it on for itself and back afterwards; it never enables 2FA for that administrator.
 */
class StaffTwoFactorTest extends IntegrationTest {

    @Autowired
    private TwoFactorRequirement requirement;

    private boolean before;

    @BeforeEach
    void requireTwoFactorForStaff() {
        // the administrator publishes any missing legal documents while still unlimited, whichever test runs first
        currentRequiredDocuments();
        before = requirement.require(true);
    }

    @AfterEach
    void restore() {
        requirement.require(before);
    }

    @Test
    void anAdministratorWithoutTwoFactorMayOnlySetItUp() {
        Api.Response login =
                api.post("/api/auth/login", Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD), null);
        String limited = login.body().get("accessToken").asText();

        Api.Response audit = api.get("/api/admin/audit-logs", limited);
        assertThat(audit.status()).isEqualTo(403);
        assertThat(audit.contentType()).startsWith("application/problem+json");
        assertThat(audit.body().get("type").asText()).isEqualTo("/problems/two-factor-required");
        assertThat(api.post("/api/legal/consent", Map.of("type", "terms-of-service", "version", "1"), limited)
                        .body()
                        .get("type")
                        .asText())
                .isEqualTo("/problems/two-factor-required");

        assertThat(api.get("/api/users/me", limited).status()).isEqualTo(200);
        assertThat(api.get("/api/auth/2fa", limited).status()).isEqualTo(200);
        assertThat(api.post("/api/auth/2fa/setup", Map.of("password", ADMIN_PASSWORD), limited)
                        .status())
                .isEqualTo(200);

        Api.Response refreshed = api.post(
                "/api/auth/refresh",
                Map.of("refreshToken", login.body().get("refreshToken").asText()),
                null);
        assertThat(api.get(
                                "/api/admin/audit-logs",
                                refreshed.body().get("accessToken").asText())
                        .status())
                .as("a refreshed token stays limited")
                .isEqualTo(403);
    }

    @Test
    void theApiKeysOfStaffWithoutTwoFactorAreRefusedWhileItIsRequired() {
        requirement.require(false);
        String admin = adminToken();
        com.fasterxml.jackson.databind.JsonNode key =
                api.post("/api/keys", Map.of("name", "admin script"), admin).body();
        Map<String, String> withKey = Map.of("X-API-Key", key.get("key").asText());
        try {
            requirement.require(true);
            Api.Response audit = api.send("GET", "/api/admin/audit-logs", null, null, null, withKey);
            assertThat(audit.status()).as(audit.toString()).isEqualTo(403);
            assertThat(audit.body().get("type").asText()).isEqualTo("/problems/two-factor-required");
            assertThat(api.send("POST", "/api/auth/2fa/setup", null, null, null, withKey)
                            .status())
                    .as("setting it up is for the signed-in person")
                    .isEqualTo(403);
            assertThat(api.send("GET", "/api/users/me", null, null, null, withKey)
                            .status())
                    .isEqualTo(200);

            requirement.require(false);
            assertThat(api.send("GET", "/api/admin/audit-logs", null, null, null, withKey)
                            .status())
                    .isEqualTo(200);
        } finally {
            requirement.require(false);
            api.send("DELETE", "/api/keys/" + key.get("id").asText(), null, null, adminToken(), Map.of());
        }
    }

    @Test
    void readersAreNotLimited() {
        String email = uniqueEmail("reader");
        register(email);
        assertThat(api.get("/api/legal/consent/status", login(email, PASSWORD)).status())
                .isEqualTo(200);
    }

    @Test
    void withTheRuleOffAdministratorsWorkAsBefore() {
        requirement.require(false);
        assertThat(api.get("/api/admin/audit-logs", adminToken()).status()).isEqualTo(200);
    }
}
