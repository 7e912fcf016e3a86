package org.muejam.infra.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.infra.support.Mailbox;

/** Sessions: rotating refresh tokens with reuse detection, logout, and verification links that work once. */
class SessionTest extends IntegrationTest {

    @Test
    void refreshTokensRotateAndAReusedOneEndsTheWholeSession() {
        String email = uniqueEmail("refresh");
        register(email);
        Api.Response login = api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD), null);
        String first = login.body().get("refreshToken").asText();

        Api.Response rotated = api.post("/api/auth/refresh", Map.of("refreshToken", first), null);
        assertThat(rotated.status()).isEqualTo(200);
        String second = rotated.body().get("refreshToken").asText();
        assertThat(second).isNotEqualTo(first);
        assertThat(api.get("/api/users/me", rotated.body().get("accessToken").asText()).status()).isEqualTo(200);

        assertThat(api.post("/api/auth/refresh", Map.of("refreshToken", first), null).status()).isEqualTo(401);
        assertThat(api.post("/api/auth/refresh", Map.of("refreshToken", second), null).status()).isEqualTo(401);
    }

    @Test
    void logoutRevokesTheRefreshToken() {
        String email = uniqueEmail("logout");
        register(email);
        String refresh = api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD), null)
                .body().get("refreshToken").asText();
        assertThat(api.post("/api/auth/logout", Map.of("refreshToken", refresh), null).status()).isEqualTo(204);
        assertThat(api.post("/api/auth/refresh", Map.of("refreshToken", refresh), null).status()).isEqualTo(401);
    }

    @Test
    void aVerificationLinkWorksOnceAndAResentOneReplacesIt() {
        String email = uniqueEmail("verify");
        register(email);
        String first = Mailbox.awaitToken(email, 0);
        assertThat(api.post("/api/auth/resend-verification", Map.of("email", email), null).status()).isEqualTo(202);
        String second = Mailbox.awaitToken(email, 1);
        assertThat(second).isNotEqualTo(first);
        assertThat(api.post("/api/auth/verify-email", Map.of("token", first), null).status()).isEqualTo(400);
        assertThat(api.post("/api/auth/verify-email", Map.of("token", second), null).status()).isEqualTo(204);
        assertThat(api.post("/api/auth/verify-email", Map.of("token", second), null).status()).isEqualTo(400);
        assertThat(api.get("/api/users/me", login(email, PASSWORD)).body().get("emailVerified").asBoolean())
                .isTrue();
    }

    @Test
    void theFirstAdministratorComesFromTheEnvironment() {
        Api.Response me = api.get("/api/users/me", adminToken());
        assertThat(me.body().get("email").asText()).isEqualTo(ADMIN_EMAIL);
        assertThat(me.body().get("roles").toString()).contains("ADMINISTRATOR");
        assertThat(me.body().get("emailVerified").asBoolean()).isTrue();
    }
}
