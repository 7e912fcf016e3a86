package org.muejam.infra.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.muejam.command.identity.application.SignIn;
import org.muejam.infra.security.ApiKeyAuthentication;
import org.muejam.infra.web.ProblemWriter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds a session limited to setting up two-factor authentication (its access token has scope
 * {@value #SCOPE}) to the two-factor endpoints, the other sign-in endpoints and GET /api/users/me; everything else
 * is 403 /problems/two-factor-required. The API keys of staff who must use two-factor authentication and do not
 * reach GET /api/users/me alone: setting it up is for a signed-in person, not a script. Runs after Spring Security,
 * which has authenticated the token or key by then.
 */
@Component
public class SetupOnlySession extends OncePerRequestFilter {

    public static final String SCOPE_CLAIM = "scope";
    public static final String SCOPE = "two-factor-setup";

    /** The claims an access token of a setup-only session carries. */
    public static final Map<String, Object> CLAIMS = Map.of(SCOPE_CLAIM, SCOPE);

    private final ProblemWriter problems;
    private final SignIn signIn;

    public SetupOnlySession(ProblemWriter problems, SignIn signIn) {
        this.problems = problems;
        this.signIn = signIn;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (limitedKey(authentication) && !isMe(request)) {
            problems.write(
                    request,
                    response,
                    403,
                    "two-factor-required",
                    "Two-factor authentication required",
                    "your role requires two-factor authentication: sign in and set it up (POST /api/auth/2fa/setup"
                            + " with your password); until then your API keys are refused",
                    null);
            return;
        }
        if (limited(authentication) && !allowed(request)) {
            problems.write(
                    request,
                    response,
                    403,
                    "two-factor-required",
                    "Two-factor authentication required",
                    "your role requires two-factor authentication: set it up (POST /api/auth/2fa/setup with your"
                            + " password), then sign in again",
                    null);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean limited(Authentication authentication) {
        return authentication instanceof JwtAuthenticationToken jwt
                && SCOPE.equals(jwt.getToken().getClaimAsString(SCOPE_CLAIM));
    }

    /** Decided at each request, as a session's scope is at each refresh: the owner's roles and 2FA as they are now. */
    private boolean limitedKey(Authentication authentication) {
        if (!(authentication instanceof ApiKeyAuthentication key)) {
            return false;
        }
        List<String> roles = key.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .map(role -> role.startsWith("ROLE_") ? role.substring("ROLE_".length()) : role)
                .toList();
        return signIn.limitedToSetup(key.getName(), roles);
    }

    private static boolean isMe(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "GET".equals(request.getMethod()) && "/api/users/me".equals(path);
    }

    private static boolean allowed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/auth/") || ("GET".equals(request.getMethod()) && "/api/users/me".equals(path));
    }
}
