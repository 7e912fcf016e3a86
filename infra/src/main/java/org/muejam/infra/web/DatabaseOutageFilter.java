package org.muejam.infra.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 problem+json with Retry-After when the database is out of reach in a filter (API-key
 * authentication reads it), where the controllers' problem handler cannot see the failure.
 */
public class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final ProblemWriter problems;

    public DatabaseOutageFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            if (!DatabaseOutage.causes(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn(
                    "database out of reach on {} {}: {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    failure.toString());
            response.resetBuffer();
            response.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
            problems.write(
                    request,
                    response,
                    503,
                    DatabaseOutage.PROBLEM_TYPE,
                    "Service unavailable",
                    "the database is out of reach for a moment; send the request again",
                    null);
        }
    }
}
