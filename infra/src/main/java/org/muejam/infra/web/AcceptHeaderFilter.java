package org.muejam.infra.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an {@code Accept} header that does not parse with 406 problem+json. Content negotiation would refuse it
 * too, but then could not negotiate the refusal either and would answer without a body.
 */
public class AcceptHeaderFilter extends OncePerRequestFilter {

    public static final String PROBLEM_TYPE = "not-acceptable";

    private final ProblemWriter problems;

    public AcceptHeaderFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<String> accept = Collections.list(request.getHeaders(HttpHeaders.ACCEPT));
        try {
            MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException unparsable) {
            problems.write(
                    request,
                    response,
                    406,
                    PROBLEM_TYPE,
                    "Not acceptable",
                    "the Accept header could not be read; the API answers application/json and "
                            + "application/problem+json",
                    Map.of("field", "header Accept"));
            return;
        }
        chain.doFilter(request, response);
    }
}
