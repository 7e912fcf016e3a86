package org.muejam.infra.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * The access token from "Authorization: Bearer", or, for browsers, from the MUEJAM_ACCESS cookie when the request
 * sends no Authorization header and no API key. Cookie-authenticated writes need a CSRF token (see CsrfPolicy).
 */
public class CookieBearerTokenResolver implements BearerTokenResolver {

    public static final String ACCESS_COOKIE = "MUEJAM_ACCESS";

    private final DefaultBearerTokenResolver headers = new DefaultBearerTokenResolver();

    @Override
    public String resolve(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return headers.resolve(request);
        }
        if (request.getHeader(ApiKeyAuthenticationFilter.HEADER) != null) {
            return null;
        }
        return accessCookie(request);
    }

    /** The MUEJAM_ACCESS cookie's value, or null. */
    public static String accessCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (ACCESS_COOKIE.equals(cookie.getName())
                    && cookie.getValue() != null
                    && !cookie.getValue().isBlank()) {
                return cookie.getValue();
            }
        }
        return null;
    }

    /** Whether the request would be authenticated by the cookie (no header credential takes precedence). */
    public static boolean authenticatesByCookie(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && request.getHeader(ApiKeyAuthenticationFilter.HEADER) == null
                && accessCookie(request) != null;
    }
}
