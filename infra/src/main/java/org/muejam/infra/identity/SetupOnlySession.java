package org.muejam.infra.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.muejam.infra.web.ProblemWriter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds a session limited to setting up two-factor authentication (its access token has scope
 * {@value #SCOPE}) to the two-factor endpoints, the other sign-in endpoints and GET /api/users/me; everything else
 * is 403 /problems/two-factor-required. Runs after Spring Security, which has authenticated the token by then.
 */
@Component
public class SetupOnlySession extends OncePerRequestFilter {

    public static final String SCOPE_CLAIM = "scope";
    public static final String SCOPE = "two-factor-setup";

    /** The claims an access token of a setup-only session carries. */
    public static final Map<String, Object> CLAIMS = Map.of(SCOPE_CLAIM, SCOPE);

    private final ProblemWriter problems;

    public SetupOnlySession(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (limited(SecurityContextHolder.getContext().getAuthentication()) && !allowed(request)) {
            problems.write(request, response, 403, "two-factor-required", "Two-factor authentication required",
                    "your role requires two-factor authentication: set it up (POST /api/auth/2fa/setup), then sign"
                            + " in again", null);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean limited(Authentication authentication) {
        return authentication instanceof JwtAuthenticationToken jwt
                && SCOPE.equals(jwt.getToken().getClaimAsString(SCOPE_CLAIM));
    }

    private static boolean allowed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/auth/")
                || ("GET".equals(request.getMethod()) && "/api/users/me".equals(path));
    }
}
