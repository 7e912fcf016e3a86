package org.muejam.infra.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.muejam.infra.web.CachedBodyRequest;
import org.muejam.infra.web.ProblemWriter;
import org.muejam.infra.web.RequestIdFilter;
import org.muejam.shared.security.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.UrlPathHelper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Makes command requests that carry an {@value #HEADER} safe to retry. A retry of a request that stored its changes
 * (same key, same principal, same method, path and body, within the window) gets the first answer again, marked
 * {@value #REPLAYED_HEADER}, and runs nothing; the same key on a different request is refused. A request that
 * stored nothing leaves no key, so its retry runs again. Requests without the header pass untouched.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final Set<String> COMMAND_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** The headers of an answer that belong to it, beside its status and body; the rest are each response's own. */
    static final List<String> KEPT_HEADERS = List.of("Location", "X-Event-Position");
    /**
     * Endpoints whose answers hand out credentials (tokens, API keys, TOTP secrets, backup codes): those answers are
     * never stored, so these endpoints refuse the header rather than pretend to honour it.
     */
    static final List<PathPattern> CREDENTIAL_ENDPOINTS = List.of(
                    "/api/auth/login", "/api/auth/refresh", "/api/auth/2fa/**", "/api/keys", "/api/keys/{id}/rotate")
            .stream()
            .map(PathPatternParser.defaultInstance::parse)
            .toList();

    static final String IN_USE_TYPE = "idempotency-key-in-use";
    static final String IN_USE_DETAIL = "a request with this " + HEADER + " has stored its changes and its answer is "
            + "not recorded yet: retry in a moment. If this persists, the first answer was lost (its changes are "
            + "stored): do not send them again under a new key";

    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final String FIELD = "field";
    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final IdempotencyKeys keys;
    private final ProblemWriter problems;
    private final Clock clock;
    private final Duration window;
    private final UrlPathHelper paths = new UrlPathHelper();

    public IdempotencyFilter(IdempotencyKeys keys, ProblemWriter problems, Clock clock, Duration window) {
        this.keys = keys;
        this.problems = problems;
        this.clock = clock;
        this.window = window;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(HEADER) == null
                || !COMMAND_METHODS.contains(request.getMethod())
                || !paths.getPathWithinApplication(request).startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<String> given = Collections.list(request.getHeaders(HEADER));
        if (given.size() != 1 || !VALID_KEY.matcher(given.get(0)).matches()) {
            problems.write(
                    request,
                    response,
                    400,
                    "invalid-idempotency-key",
                    "Invalid Idempotency-Key",
                    "the " + HEADER + " header must be given once, as 1 to 255 visible ASCII characters",
                    Map.of(FIELD, HEADER));
            return;
        }
        String key = given.get(0);
        PathContainer path = PathContainer.parsePath(paths.getPathWithinApplication(request));
        if (CREDENTIAL_ENDPOINTS.stream().anyMatch(pattern -> pattern.matches(path))) {
            problems.write(
                    request,
                    response,
                    400,
                    "idempotency-key-not-supported",
                    "Idempotency-Key not supported",
                    "this endpoint hands out credentials, whose answers are never stored: send it without the " + HEADER
                            + " header",
                    Map.of(FIELD, HEADER));
            return;
        }
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (RequestIdFilter.BodyTooLargeException e) {
            problems.write(request, response, 413, "payload-too-large", "Payload too large", e.getMessage(), null);
            return;
        }
        String scope = scopeOf(SecurityContextHolder.getContext().getAuthentication());
        String fingerprint = fingerprint(request, body);
        Instant now = clock.instant();
        Optional<IdempotencyKeys.Stored> stored = keys.find(scope, key, now.minus(window));
        if (stored.isPresent()) {
            answerFromStore(request, response, stored.get(), fingerprint);
            return;
        }
        IdempotencyClaim claim = new IdempotencyClaim(scope, key, fingerprint, UUID.randomUUID());
        request.setAttribute(IdempotencyClaim.ATTRIBUTE, claim);
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(new CachedBodyRequest(request, body), buffered);
            keep(claim, buffered);
        } finally {
            buffered.copyBodyToResponse();
        }
    }

    private void answerFromStore(
            HttpServletRequest request, HttpServletResponse response, IdempotencyKeys.Stored stored, String fingerprint)
            throws IOException {
        if (!stored.fingerprint().equals(fingerprint)) {
            problems.write(
                    request,
                    response,
                    422,
                    "idempotency-key-reused",
                    "Idempotency-Key reused",
                    "this " + HEADER + " was used for a different request (method, path or body) within the last "
                            + describe(window) + ": use a new key for a new request",
                    Map.of(FIELD, HEADER));
            return;
        }
        if (!stored.answered()) {
            inUse(request, response);
            return;
        }
        response.setStatus(stored.status());
        stored.headers().forEach((name, value) -> {
            if ("Content-Type".equalsIgnoreCase(name)) {
                response.setContentType(value);
            } else {
                response.setHeader(name, value);
            }
        });
        response.setHeader(REPLAYED_HEADER, "true");
        if (stored.body() != null && stored.body().length > 0) {
            response.setContentLength(stored.body().length);
            response.getOutputStream().write(stored.body());
        }
    }

    /** 409: a request with this key stored its changes, and its answer is not (or never will be) recorded. */
    private void inUse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", "1");
        problems.write(
                request, response, 409, IN_USE_TYPE, "Idempotency-Key in use", IN_USE_DETAIL, Map.of(FIELD, HEADER));
    }

    /** Keeps the answer on the key's row when this request recorded the key, that is, stored changes. */
    private void keep(IdempotencyClaim claim, ContentCachingResponseWrapper buffered) {
        int status = buffered.getStatus();
        if (status >= 500) {
            // a failure after the commit says nothing true about the stored changes: retries learn they are stored
            return;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if (buffered.getContentType() != null) {
            headers.put("Content-Type", buffered.getContentType());
        }
        for (String name : KEPT_HEADERS) {
            String value = buffered.getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        try {
            keys.answer(claim, status, headers, buffered.getContentAsByteArray(), clock.instant());
        } catch (DataAccessException e) {
            log.warn(
                    "the answer to a request with {} '{}' could not be kept; its retries will answer 409",
                    HEADER,
                    claim.key(),
                    e);
        }
    }

    static String describe(Duration window) {
        if (window.toSeconds() % 3600 == 0) {
            return window.toHours() + " h";
        }
        return window.toSeconds() % 60 == 0 ? window.toMinutes() + " min" : window.toSeconds() + " s";
    }

    /** Keys are per account: each signed-in principal has its own, and anonymous requests share one scope. */
    static String scopeOf(Authentication auth) {
        boolean signedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
        return signedIn ? "user:" + auth.getName() : "anonymous";
    }

    /** SHA-256 over method, path, query and body: equal exactly when the retry is the same request. */
    static String fingerprint(HttpServletRequest request, byte[] body) {
        return fingerprint(request.getMethod(), request.getRequestURI(), request.getQueryString(), body);
    }

    static String fingerprint(String method, String uri, String query, byte[] body) {
        MessageDigest sha = Sha256.digest();
        for (String part : new String[] {method, uri, query == null ? "" : "?" + query}) {
            sha.update(part.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        sha.update(body);
        return Sha256.hex(sha);
    }
}
