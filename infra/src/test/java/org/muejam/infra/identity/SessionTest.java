package org.muejam.infra.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.infra.support.Mailbox;
import org.muejam.shared.security.Sha256;

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
        assertThat(api.get("/api/users/me", rotated.body().get("accessToken").asText())
                        .status())
                .isEqualTo(200);

        assertThat(api.post("/api/auth/refresh", Map.of("refreshToken", first), null)
                        .status())
                .isEqualTo(401);
        assertThat(api.post("/api/auth/refresh", Map.of("refreshToken", second), null)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void ofTwoParallelRefreshesWithOneTokenExactlyOneSucceeds() throws Exception {
        String email = uniqueEmail("parallel");
        register(email);
        String token = api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD), null)
                .body()
                .get("refreshToken")
                .asText();
        List<CompletableFuture<Api.Response>> refreshes;
        // holding the token's row makes both requests read it unspent and then queue on the same row
        try (Connection holder = jdbc.getDataSource().getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock =
                    holder.prepareStatement("SELECT 1 FROM refresh_token WHERE token_hash = ? FOR UPDATE")) {
                lock.setString(1, Sha256.hex(token));
                lock.executeQuery().close();
            }
            refreshes = List.of(refresh(token), refresh(token));
            await(
                    "both refreshes wait for the token's row",
                    Duration.ofSeconds(20),
                    () -> jdbc.queryForObject("""
                    SELECT count(*) FROM pg_stat_activity
                    WHERE datname = current_database() AND wait_event_type = 'Lock'
                      AND query LIKE 'UPDATE refresh_token SET revoked_at%'""", Integer.class) == 2);
            holder.rollback();
        }
        List<Api.Response> answers =
                refreshes.stream().map(CompletableFuture::join).toList();
        assertThat(answers.stream().map(Api.Response::status).sorted().toList())
                .as(answers.toString())
                .containsExactly(200, 401);
        String successor = answers.stream()
                .filter(a -> a.status() == 200)
                .findFirst()
                .orElseThrow()
                .body()
                .get("refreshToken")
                .asText();
        assertThat(api.post("/api/auth/refresh", Map.of("refreshToken", successor), null)
                        .status())
                .as("the race counts as reuse: the whole session ends")
                .isEqualTo(401);
    }

    private CompletableFuture<Api.Response> refresh(String token) {
        return CompletableFuture.supplyAsync(() -> api.post("/api/auth/refresh", Map.of("refreshToken", token), null));
    }

    @Test
    void aSessionEndsWhenItsFamilyOutlivesItsAbsoluteLifetimeHoweverOftenItWasRefreshed() {
        String email = uniqueEmail("lifetime");
        register(email);
        String first = api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD), null)
                .body()
                .get("refreshToken")
                .asText();
        String second = api.post("/api/auth/refresh", Map.of("refreshToken", first), null)
                .body()
                .get("refreshToken")
                .asText();

        signedInDaysAgo(second, 89);
        Api.Response young = api.post("/api/auth/refresh", Map.of("refreshToken", second), null);
        assertThat(young.status()).as("within 90 days: " + young).isEqualTo(200);
        String third = young.body().get("refreshToken").asText();

        signedInDaysAgo(third, 91);
        Api.Response old = api.post("/api/auth/refresh", Map.of("refreshToken", third), null);
        assertThat(old.status()).as(old.toString()).isEqualTo(401);
        assertThat(old.contentType()).startsWith("application/problem+json");
        assertThat(old.body().get("type").asText()).isEqualTo("/problems/invalid-refresh-token");
    }

    /** Moves the first sign-in of the token's family back in time; every token of the family is still unexpired. */
    private void signedInDaysAgo(String refreshToken, int days) {
        jdbc.update("""
                UPDATE refresh_token SET issued_at = now() - make_interval(days => ?)
                WHERE family_id = (SELECT family_id FROM refresh_token WHERE token_hash = ?)""", days, Sha256.hex(refreshToken));
    }

    @Test
    void logoutRevokesTheRefreshToken() {
        String email = uniqueEmail("logout");
        register(email);
        String refresh = api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD), null)
                .body()
                .get("refreshToken")
                .asText();
        assertThat(api.post("/api/auth/logout", Map.of("refreshToken", refresh), null)
                        .status())
                .isEqualTo(204);
        assertThat(api.post("/api/auth/refresh", Map.of("refreshToken", refresh), null)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void aVerificationLinkWorksOnceAndAResentOneReplacesIt() {
        String email = uniqueEmail("verify");
        register(email);
        String first = Mailbox.awaitToken(email, 0);
        assertThat(api.post("/api/auth/resend-verification", Map.of("email", email), null)
                        .status())
                .isEqualTo(202);
        String second = Mailbox.awaitToken(email, 1);
        assertThat(second).isNotEqualTo(first);
        assertThat(api.post("/api/auth/verify-email", Map.of("token", first), null)
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/api/auth/verify-email", Map.of("token", second), null)
                        .status())
                .isEqualTo(204);
        assertThat(api.post("/api/auth/verify-email", Map.of("token", second), null)
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/api/users/me", login(email, PASSWORD))
                        .body()
                        .get("emailVerified")
                        .asBoolean())
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
