package org.muejam.infra.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfTokenRepository;

/** The XSRF-TOKEN cookie as browsers receive it. */
class CsrfCookieTest {

    private static String issuedCookie(CsrfPolicy policy, boolean requestIsSecure) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/users/me");
        request.setSecure(requestIsSecure);
        MockHttpServletResponse response = new MockHttpServletResponse();
        CsrfTokenRepository repository = policy.repository();
        repository.saveToken(repository.generateToken(request), request, response);
        return response.getHeader("Set-Cookie");
    }

    @Test
    void behindAProxyThatSpeaksPlainHttpTheCookieIsSecureWhenThePublicAddressIsHttps() {
        String cookie = issuedCookie(new CsrfPolicy(List.of(), true), false);

        assertThat(cookie).startsWith(CsrfPolicy.COOKIE + "=").contains("Secure");
    }

    @Test
    void onAPlainHttpSiteTheCookieFollowsTheRequest() {
        assertThat(issuedCookie(new CsrfPolicy(List.of(), false), false)).doesNotContain("Secure");
        assertThat(issuedCookie(new CsrfPolicy(List.of(), false), true)).contains("Secure");
    }

    @Test
    void pageScriptsCanReadItToEchoIt() {
        assertThat(issuedCookie(new CsrfPolicy(List.of(), true), true)).doesNotContain("HttpOnly");
    }
}
