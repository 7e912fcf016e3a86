package org.muejam.infra.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.infra.web.ProblemWriter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every authenticated request (access token, session cookie, API key, external issuer's token) of a suspended account
 * is refused, 403 account-suspended, whenever its token was issued: a token does not outlive its account's
 * suspension (decision 0037).
 */
public final class SuspendedAccountFilter extends OncePerRequestFilter {

    private final SuspendedAccounts suspensions;
    private final ProblemWriter problems;

    public SuspendedAccountFilter(SuspendedAccounts suspensions, ProblemWriter problems) {
        this.suspensions = suspensions;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            try {
                suspensions.requireNotSuspended(auth.getName());
            } catch (DomainRuleViolation refusal) {
                if (!SuspendedAccounts.PROBLEM_TYPE.equals(refusal.problemType())) {
                    throw refusal;
                }
                problems.write(
                        request,
                        response,
                        403,
                        refusal.problemType(),
                        "Account suspended",
                        refusal.getMessage(),
                        Map.copyOf(refusal.properties()));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
