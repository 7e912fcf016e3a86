package org.muejam.infra.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.shared.Queries;
import org.muejam.infra.web.ProblemWriter;
import org.muejam.shared.identity.FindUserAccountQuery;
import org.muejam.shared.identity.UserAccountResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates "Authorization: ApiKey &lt;key&gt;" or "X-API-Key: &lt;key&gt;" as the key's owner, with the owner's
 * roles, when the {@link ApiKeyVerifier} accepts the key. A key never reaches /api/keys/** nor any write under
 * /api/auth/** (second factor, sessions, passwords): a leaked key must not be able to mint more keys or take over
 * the account it acts for.
 */
public class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-API-Key";
    public static final String SCHEME = "ApiKey ";

    private static final RequestMatcher KEY_MANAGEMENT =
            PathPatternRequestMatcher.withDefaults().matcher("/api/keys/**");

    private static final RequestMatcher ACCOUNT_CREDENTIALS =
            PathPatternRequestMatcher.withDefaults().matcher("/api/auth/**");

    /** Reading (whether two-factor authentication is on, say) is no change. */
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final ApiKeyVerifier keys;
    private final QueryGateway queries;
    private final ProblemWriter problems;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    public ApiKeyAuthenticationFilter(ApiKeyVerifier keys, QueryGateway queries, ProblemWriter problems) {
        this.keys = keys;
        this.queries = queries;
        this.problems = problems;
    }

    /** The key the request presents, if it presents one. */
    public static String presented(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return authorization.substring(SCHEME.length()).strip();
        }
        return request.getHeader(HEADER);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = presented(request);
        if (presented == null) {
            chain.doFilter(request, response);
            return;
        }
        Authentication already = contexts.getContext().getAuthentication();
        if (already != null && already.isAuthenticated()) {
            problems.write(
                    request,
                    response,
                    401,
                    "ambiguous-credentials",
                    "Unauthorized",
                    "send one credential: a bearer token or an API key, not both",
                    null);
            return;
        }
        Optional<ApiKeyAuthentication> authentication = authenticate(presented);
        if (authentication.isEmpty()) {
            problems.write(
                    request,
                    response,
                    401,
                    "invalid-api-key",
                    "Unauthorized",
                    "the API key is unknown, expired or revoked",
                    null);
            return;
        }
        String refusal = refusal(request);
        if (refusal != null) {
            problems.write(request, response, 403, "api-key-not-allowed", "Forbidden", refusal, null);
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(authentication.get());
        contexts.setContext(context);
        chain.doFilter(request, response);
    }

    /** Why a key may not make this request, or null when it may. */
    private static String refusal(HttpServletRequest request) {
        if (KEY_MANAGEMENT.matches(request)) {
            return "API keys are managed by a signed-in session, not with an API key";
        }
        if (ACCOUNT_CREDENTIALS.matches(request) && !READS.contains(request.getMethod())) {
            return "two-factor authentication, sessions and passwords are changed by the signed-in person, "
                    + "never with an API key";
        }
        return null;
    }

    private Optional<ApiKeyAuthentication> authenticate(String presented) {
        return keys.verify(presented)
                .flatMap(k -> Queries.optional(
                                queries, new FindUserAccountQuery(k.ownerId()), UserAccountResponse.class)
                        .map(owner -> new ApiKeyAuthentication(k.keyId(), owner.id(), roles(owner.roles()))));
    }

    private static List<SimpleGrantedAuthority> roles(List<String> roles) {
        return roles.stream()
                .filter(r -> !r.isBlank())
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r))
                .toList();
    }
}
