package org.muejam.infra.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Double-submit CSRF protection for browsers: a state-changing request (POST, PUT, PATCH, DELETE) authenticated by
 * the MUEJAM_ACCESS cookie must echo the XSRF-TOKEN cookie in the X-XSRF-TOKEN header. Requests with a bearer
 * token or an API key cannot be forged by another site and need no token, and neither do the anonymous endpoints
 * (registering, signing in...), except a refresh by the MUEJAM_REFRESH cookie, which the controller checks with
 * {@link #echoesToken}.
 */
public final class CsrfPolicy {

    public static final String COOKIE = "XSRF-TOKEN";
    public static final String HEADER = "X-XSRF-TOKEN";

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final List<PathPattern> anonymous;
    private final boolean httpsOnly;

    /** Secure as the request is: right when the platform itself terminates TLS. */
    public CsrfPolicy(List<String> anonymousPaths) {
        this(anonymousPaths, false);
    }

    /**
     * {@code httpsOnly}: the platform's public address is https, so the cookie is Secure even when the hop from a
     * TLS-terminating proxy is plain http (the request then looks insecure to us).
     */
    public CsrfPolicy(List<String> anonymousPaths, boolean httpsOnly) {
        this.anonymous = anonymousPaths.stream()
                .map(PathPatternParser.defaultInstance::parse)
                .toList();
        this.httpsOnly = httpsOnly;
    }

    public boolean requiresToken(HttpServletRequest request) {
        return STATE_CHANGING.contains(request.getMethod())
                && CookieBearerTokenResolver.authenticatesByCookie(request)
                && !isAnonymousEndpoint(request);
    }

    /**
     * Whether the request echoes its XSRF-TOKEN cookie in X-XSRF-TOKEN, for an endpoint that finds out only from the
     * body whether a cookie authenticates it (a refresh from the MUEJAM_REFRESH cookie).
     */
    public static boolean echoesToken(HttpServletRequest request) {
        String echoed = request.getHeader(HEADER);
        String cookie = cookie(request);
        return echoed != null
                && cookie != null
                && !cookie.isEmpty()
                && MessageDigest.isEqual(
                        echoed.getBytes(StandardCharsets.UTF_8), cookie.getBytes(StandardCharsets.UTF_8));
    }

    private static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null
                ? null
                : Arrays.stream(cookies)
                        .filter(c -> COOKIE.equals(c.getName()))
                        .map(Cookie::getValue)
                        .findFirst()
                        .orElse(null);
    }

    private boolean isAnonymousEndpoint(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(
                request.getRequestURI().substring(request.getContextPath().length()));
        return anonymous.stream().anyMatch(pattern -> pattern.matches(path));
    }

    /**
     * Spring's CsrfFilter with this policy. Built here rather than through {@code http.csrf(...)}: the resource
     * server would exempt every request whose bearer token resolves, and the MUEJAM_ACCESS cookie resolves too.
     */
    public CsrfFilter filter(AccessDeniedHandler refusal) {
        CsrfFilter filter = new CsrfFilter(repository());
        filter.setRequireCsrfProtectionMatcher(this::requiresToken);
        filter.setRequestHandler(requestHandler());
        filter.setAccessDeniedHandler(refusal);
        return filter;
    }

    /** XSRF-TOKEN, readable by the page's script (that is the point), sent only to this site. */
    public CsrfTokenRepository repository() {
        CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
        repository.setCookieCustomizer(cookie -> {
            cookie.sameSite("Strict").path("/");
            if (httpsOnly) {
                cookie.secure(true);
            }
        });
        return repository;
    }

    /** The header carries the cookie's value as it is (no per-request masking), as double-submit clients send it. */
    public CsrfTokenRequestHandler requestHandler() {
        return new CsrfTokenRequestAttributeHandler();
    }

    /**
     * Hands browsers an XSRF-TOKEN cookie: Spring loads the token lazily, so without this a page would never get
     * one before its first write. Clients with header credentials get none.
     */
    public static class IssueTokenFilter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getHeader(HttpHeaders.AUTHORIZATION) == null
                    && request.getHeader(ApiKeyAuthenticationFilter.HEADER) == null
                    && request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                    && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
                token.getToken();
            }
            chain.doFilter(request, response);
        }
    }
}
