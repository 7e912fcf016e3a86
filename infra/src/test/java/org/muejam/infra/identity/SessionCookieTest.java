package org.muejam.infra.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.muejam.infra.security.CsrfPolicy;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.shared.security.Sha256;

/**
 * Browser sessions: with "cookies": true the tokens also come as HttpOnly, Secure, SameSite=Strict cookies; a refresh
 * from the cookie needs the CSRF token and answers with cookies only.
 */
class SessionCookieTest extends IntegrationTest {

    private static Optional<String> cookie(Api.Response response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "="))
                .findFirst();
    }

    private static String value(String setCookie) {
        return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
    }

    @Test
    void aLoginAskingForCookiesSetsBothWithTheirAttributes() {
        String email = uniqueEmail("cookies");
        register(email);
        Api.Response login =
                api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD, "cookies", true), null);

        assertThat(login.status()).isEqualTo(200);
        String access = cookie(login, SessionCookies.ACCESS).orElseThrow();
        String refresh = cookie(login, SessionCookies.REFRESH).orElseThrow();
        assertThat(value(access)).isEqualTo(login.body().get("accessToken").asText());
        assertThat(value(refresh)).isEqualTo(login.body().get("refreshToken").asText());
        assertThat(access).contains("Path=/;", "Max-Age=900;", "Secure", "HttpOnly", "SameSite=Strict");
        assertThat(refresh).contains("Path=/api/auth;", "Max-Age=2592000;", "Secure", "HttpOnly", "SameSite=Strict");
    }

    @Test
    void aLoginWithoutTheFlagSetsNoCookie() {
        String email = uniqueEmail("nocookie");
        register(email);
        Api.Response login = api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD), null);
        assertThat(login.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("MUEJAM_"));
    }

    /** The browser's cookies after a login asking for them: the refresh token and the XSRF-TOKEN to echo. */
    private record Browser(String refresh, String xsrf) {
        Map<String, String> headers(boolean echoXsrf) {
            String cookies = SessionCookies.REFRESH + "=" + refresh + "; " + CsrfPolicy.COOKIE + "=" + xsrf;
            return echoXsrf ? Map.of("Cookie", cookies, CsrfPolicy.HEADER, xsrf) : Map.of("Cookie", cookies);
        }
    }

    private Browser browserSignedIn(String prefix) {
        String email = uniqueEmail(prefix);
        register(email);
        Api.Response login =
                api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD, "cookies", true), null);
        return new Browser(
                value(cookie(login, SessionCookies.REFRESH).orElseThrow()),
                value(cookie(login, CsrfPolicy.COOKIE).orElseThrow()));
    }

    @Test
    void refreshAndLogoutTakeTheRefreshTokenFromTheCookie() {
        Browser browser = browserSignedIn("cookierefresh");
        String first = browser.refresh();

        Api.Response refreshed = api.send("POST", "/api/auth/refresh", null, null, null, browser.headers(true));
        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        String second = value(cookie(refreshed, SessionCookies.REFRESH).orElseThrow());
        assertThat(second).isNotEqualTo(first);
        assertThat(cookie(refreshed, SessionCookies.ACCESS)).isPresent();

        Api.Response logout = api.send(
                "POST", "/api/auth/logout", null, null, null, Map.of("Cookie", SessionCookies.REFRESH + "=" + second));
        assertThat(logout.status()).isEqualTo(204);
        assertThat(cookie(logout, SessionCookies.ACCESS).orElseThrow()).contains("Max-Age=0");
        assertThat(cookie(logout, SessionCookies.REFRESH).orElseThrow()).contains("Max-Age=0", "Path=/api/auth");
        assertThat(api.post("/api/auth/refresh", Map.of("refreshToken", second), null)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void aRefreshFromTheCookieAnswersWithCookiesOnlyAndTheBodyHoldsNoToken() {
        Browser browser = browserSignedIn("cookieonly");
        Api.Response refreshed = api.send("POST", "/api/auth/refresh", null, null, null, browser.headers(true));

        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        assertThat(refreshed.body().has("accessToken")).as(refreshed.raw()).isFalse();
        assertThat(refreshed.body().has("refreshToken")).as(refreshed.raw()).isFalse();
        assertThat(refreshed.body().get("expiresIn").asLong()).isEqualTo(900);
        String access = value(cookie(refreshed, SessionCookies.ACCESS).orElseThrow());
        assertThat(api.get("/api/users/me", access).status()).isEqualTo(200);
    }

    @Test
    void aRefreshFromTheCookieWithoutTheCsrfTokenIsRefusedAndRotatesNothing() {
        Browser browser = browserSignedIn("cookiecsrf");

        Api.Response refused = api.send("POST", "/api/auth/refresh", null, null, null, browser.headers(false));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("type").asText()).isEqualTo("/problems/csrf-token-invalid");
        assertThat(refused.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("MUEJAM_"));
        Map<String, String> wrongEcho = new java.util.HashMap<>(browser.headers(true));
        wrongEcho.put(CsrfPolicy.HEADER, browser.xsrf() + "x");
        assertThat(api.send("POST", "/api/auth/refresh", null, null, null, wrongEcho)
                        .status())
                .isEqualTo(403);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM refresh_token WHERE token_hash = ? AND revoked_at IS NULL",
                        Integer.class,
                        Sha256.hex(browser.refresh())))
                .as("the refresh token is not spent")
                .isEqualTo(1);

        Api.Response refreshed = api.send("POST", "/api/auth/refresh", null, null, null, browser.headers(true));
        assertThat(refreshed.status())
                .as("the same token still works: " + refreshed)
                .isEqualTo(200);
    }

    @Test
    void aRefreshWithTheTokenInTheBodyStillAnswersWithTokensInTheBody() {
        Browser browser = browserSignedIn("bodyrefresh");
        Api.Response refreshed = api.send(
                "POST",
                "/api/auth/refresh",
                "{\"refreshToken\":\"" + browser.refresh() + "\",\"cookies\":true}",
                "application/json",
                null,
                Map.of());
        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        String second = refreshed.body().get("refreshToken").asText();
        assertThat(value(cookie(refreshed, SessionCookies.REFRESH).orElseThrow()))
                .isEqualTo(second)
                .isNotEqualTo(browser.refresh());
        assertThat(value(cookie(refreshed, SessionCookies.ACCESS).orElseThrow()))
                .isEqualTo(refreshed.body().get("accessToken").asText());
    }

    @Test
    void refreshWithNeitherBodyNorCookieNamesWhatIsMissing() {
        Api.Response refreshed = api.post("/api/auth/refresh", Map.of(), null);
        assertThat(refreshed.status()).isEqualTo(400);
        assertThat(refreshed.body().get("field").asText()).isEqualTo("refreshToken");
        assertThat(api.send("POST", "/api/auth/logout", null, null, null, Map.of())
                        .status())
                .isEqualTo(400);
    }

    @Test
    void theSecondFactorStepSetsCookiesWhenAskedTo() {
        Enrolled enrolled = enrolled("cookie2fa");
        String email = enrolled.email();
        List<String> codes = List.of(enrolled.backupCodes().get(0));

        Api.Response challenge =
                api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD, "cookies", true), null);
        assertThat(challenge.headers().allValues("Set-Cookie"))
                .as("no session before the second factor")
                .noneMatch(c -> c.startsWith("MUEJAM_"));
        Api.Response passed = api.post(
                "/api/auth/2fa/backup-code",
                Map.of(
                        "challengeToken",
                        challenge.body().get("challengeToken").asText(),
                        "code",
                        codes.get(0),
                        "cookies",
                        true),
                null);
        assertThat(passed.status()).isEqualTo(200);
        assertThat(value(cookie(passed, SessionCookies.ACCESS).orElseThrow()))
                .isEqualTo(passed.body().get("accessToken").asText());
        assertThat(cookie(passed, SessionCookies.REFRESH)).isPresent();
    }
}
