package org.muejam.infra.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;

/**
 * Browsers authenticate with the MUEJAM_ACCESS cookie and must prove each write with the XSRF-TOKEN cookie echoed
 * in X-XSRF-TOKEN; bearer-token clients and anonymous endpoints need no such proof.
 */
class CsrfTest extends IntegrationTest {

    private static final String BODY = "{\"name\":\"browser key\"}";

    private String accessToken() {
        String email = uniqueEmail("browser");
        register(email);
        return login(email, PASSWORD);
    }

    private Api.Response postWithCookies(String cookies, Map<String, String> headers) {
        Map<String, String> all = new java.util.HashMap<>(headers);
        all.put("Cookie", cookies);
        return api.send("POST", "/api/keys", BODY, "application/json", null, all);
    }

    /** The XSRF-TOKEN cookie the platform hands a browser. */
    private String issuedCsrfToken(String access) {
        Api.Response page =
                api.send("GET", "/api/users/me", null, null, null, Map.of("Cookie", "MUEJAM_ACCESS=" + access));
        assertThat(page.status()).as("the cookie authenticates: " + page).isEqualTo(200);
        return page.headers().allValues("Set-Cookie").stream()
                .flatMap(header -> HttpCookie.parse(header).stream())
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie"));
    }

    @Test
    void aCookieAuthenticatedPostWithoutTheCsrfTokenIsRefusedAndWritesNothing() {
        String access = accessToken();
        long before = eventCount();
        Api.Response refused = postWithCookies("MUEJAM_ACCESS=" + access, Map.of());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("type").asText()).isEqualTo("/problems/csrf-token-invalid");
        assertThat(refused.body().get("detail").asText()).contains("X-XSRF-TOKEN");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void theSamePostWithTheIssuedTokenEchoedWorks() {
        String access = accessToken();
        String token = issuedCsrfToken(access);
        Api.Response created =
                postWithCookies("MUEJAM_ACCESS=" + access + "; XSRF-TOKEN=" + token, Map.of("X-XSRF-TOKEN", token));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body().get("id").asText()).startsWith("key:");
    }

    @Test
    void aHeaderThatDoesNotMatchTheCookieIsRefused() {
        String access = accessToken();
        String token = issuedCsrfToken(access);
        Api.Response refused = postWithCookies(
                "MUEJAM_ACCESS=" + access + "; XSRF-TOKEN=" + token, Map.of("X-XSRF-TOKEN", token + "x"));
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void theSamePostWithABearerTokenNeedsNoCsrfToken() {
        Api.Response created = api.post("/api/keys", BODY, accessToken());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    @Test
    void anonymousEndpointsWorkWithoutACsrfTokenEvenWithAStaleSessionCookie() {
        String email = uniqueEmail("stale");
        register(email);
        Api.Response login = api.send(
                "POST",
                "/api/auth/login",
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}",
                "application/json",
                null,
                Map.of("Cookie", "MUEJAM_REFRESH=old"));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        Api.Response logout = api.send(
                "POST",
                "/api/auth/logout",
                "{\"refreshToken\":\"old\"}",
                "application/json",
                null,
                Map.of(
                        "Cookie",
                        "MUEJAM_ACCESS=" + login.body().get("accessToken").asText()));
        assertThat(logout.status()).as(logout.toString()).isEqualTo(204);
    }

    @Test
    void readsWithTheCookieNeedNoCsrfToken() {
        String access = accessToken();
        Api.Response keys = api.send("GET", "/api/keys", null, null, null, Map.of("Cookie", "MUEJAM_ACCESS=" + access));
        assertThat(keys.status()).isEqualTo(200);
    }
}
