package org.muejam.infra.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.muejam.infra.web.ProblemWriter;
import org.muejam.shared.identity.UserId;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an authenticated identity whose name is longer than a user id may be: the name becomes the owner of API
 * keys, consents and audit rows, whose columns hold {@value UserId#MAX_LENGTH} characters, so no command it sent
 * could be projected. No credential the platform accepts names a longer identity today (an external issuer's token
 * acts as its linked local account); this stays as the guard for any that might.
 */
class IdentityLengthFilter extends OncePerRequestFilter {

    private final ProblemWriter problems;

    IdentityLengthFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.getName() != null
                && authentication.getName().length() > UserId.MAX_LENGTH) {
            SecurityContextHolder.clearContext();
            problems.write(
                    request,
                    response,
                    401,
                    "identity-too-long",
                    "Unauthorized",
                    "the token's identity has " + authentication.getName().length() + " characters; at most "
                            + UserId.MAX_LENGTH + " can be stored",
                    Map.of("field", "sub", "maxLength", UserId.MAX_LENGTH));
            return;
        }
        chain.doFilter(request, response);
    }
}
