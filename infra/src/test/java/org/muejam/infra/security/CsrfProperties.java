package org.muejam.infra.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * A state-changing request authenticated by the session cookie is refused unless it echoes the
 * XSRF-TOKEN cookie in X-XSRF-TOKEN; every other request (safe methods, bearer tokens, API keys, anonymous
 * endpoints) passes the CSRF check whatever it sends. Runs the CsrfFilter SecurityConfig puts in the chain.
 */
class CsrfProperties {

    enum Credential {
        SESSION_COOKIE,
        BEARER,
        API_KEY,
        BEARER_AND_COOKIE,
        NONE
    }

    enum Token {
        NONE,
        MATCHING,
        MISMATCHED,
        HEADER_ONLY,
        COOKIE_ONLY
    }

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final List<String> ANONYMOUS =
            List.of("/api/auth/login", "/api/auth/register", "/api/auth/password-reset/**");

    private final CsrfPolicy policy = new CsrfPolicy(ANONYMOUS);

    @Property(tries = 500)
    void onlyCookieAuthenticatedWritesWithoutTheEchoedTokenAreRefused(
            @ForAll("methods") String method,
            @ForAll("paths") String path,
            @ForAll Credential credential,
            @ForAll Token token,
            @ForAll @AlphaChars @StringLength(min = 8, max = 40) String tokenValue)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        List<Cookie> cookies = new java.util.ArrayList<>();
        switch (credential) {
            case SESSION_COOKIE -> cookies.add(new Cookie("MUEJAM_ACCESS", "eyJ.session.jwt"));
            case BEARER -> request.addHeader("Authorization", "Bearer eyJ.bearer.jwt");
            case API_KEY -> request.addHeader("X-API-Key", "mjk_some_key");
            case BEARER_AND_COOKIE -> {
                request.addHeader("Authorization", "Bearer eyJ.bearer.jwt");
                cookies.add(new Cookie("MUEJAM_ACCESS", "eyJ.session.jwt"));
            }
            case NONE -> {}
        }
        switch (token) {
            case MATCHING -> {
                cookies.add(new Cookie(CsrfPolicy.COOKIE, tokenValue));
                request.addHeader(CsrfPolicy.HEADER, tokenValue);
            }
            case MISMATCHED -> {
                cookies.add(new Cookie(CsrfPolicy.COOKIE, tokenValue));
                request.addHeader(CsrfPolicy.HEADER, tokenValue + "x");
            }
            case HEADER_ONLY -> request.addHeader(CsrfPolicy.HEADER, tokenValue);
            case COOKIE_ONLY -> cookies.add(new Cookie(CsrfPolicy.COOKIE, tokenValue));
            case NONE -> {}
        }
        if (!cookies.isEmpty()) {
            request.setCookies(cookies.toArray(Cookie[]::new));
        }
        CsrfFilter filter = policy.filter((req, res, failure) -> res.setStatus(403));
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        boolean anonymousEndpoint = path.startsWith("/api/auth/");
        boolean mustRefuse = STATE_CHANGING.contains(method)
                && credential == Credential.SESSION_COOKIE
                && !anonymousEndpoint
                && token != Token.MATCHING;
        assertThat(response.getStatus() == 403).isEqualTo(mustRefuse);
        assertThat(chain.getRequest() != null).isEqualTo(!mustRefuse);
    }

    @Provide
    Arbitrary<String> methods() {
        return Arbitraries.of("GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE");
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.of(
                "/api/keys",
                "/api/keys/key:1/rotate",
                "/api/legal/consent",
                "/api/legal/cookie-consent",
                "/api/admin/projections/users/rebuild",
                "/api/auth/login",
                "/api/auth/register",
                "/api/auth/password-reset/confirm");
    }
}
