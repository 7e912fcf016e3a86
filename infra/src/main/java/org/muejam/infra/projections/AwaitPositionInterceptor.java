package org.muejam.infra.projections;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.muejam.infra.web.Problems;
import org.muejam.query.shared.ReadsFrom;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * {@code X-Await-Position: n} on a read: the request is answered once every projection the endpoint reads from
 * (its {@link ReadsFrom}, or every projection) has passed position n of the event log, the value a command
 * answered in {@code X-Event-Position}. Past the bound the answer is 503 {@code projection-behind} with
 * Retry-After, never stale data.
 */
@Component
public class AwaitPositionInterceptor implements HandlerInterceptor {

    public static final String HEADER = "X-Await-Position";
    private static final int MAX_DIGITS = 18;

    private final ProjectionAwait projections;

    public AwaitPositionInterceptor(ProjectionAwait projections) {
        this.projections = projections;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String value = request.getHeader(HEADER);
        if (value == null || !(handler instanceof HandlerMethod method)) {
            return true;
        }
        long position = parse(value.strip());
        if (position > projections.head()) {
            // a command's answer names a committed event, which is never beyond the head: this one is no such answer
            throw Problems.of(
                    HttpStatus.BAD_REQUEST,
                    "invalid-await-position",
                    "no event is stored at position " + position + " yet; send the X-Event-Position a command answered",
                    "header " + HEADER);
        }
        List<String> readModels = readModels(method);
        if (!projections.await(readModels, position, projections.timeout())) {
            ErrorResponseException behind = Problems.of(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "projection-behind",
                    "the read models have not reached position " + position + " within "
                            + projections.timeout().toMillis() + " ms; retry shortly");
            behind.getBody().setProperty("position", position);
            behind.getBody().setProperty("projections", readModels.isEmpty() ? List.of("*") : readModels);
            behind.getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
            throw behind;
        }
        return true;
    }

    private static long parse(String value) {
        if (value.isEmpty() || value.length() > MAX_DIGITS || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw Problems.of(
                    HttpStatus.BAD_REQUEST,
                    "invalid-await-position",
                    HEADER + " must be a non-negative whole number (an X-Event-Position a command answered)",
                    "header " + HEADER);
        }
        return Long.parseLong(value);
    }

    private static List<String> readModels(HandlerMethod method) {
        ReadsFrom reads = method.getMethodAnnotation(ReadsFrom.class);
        if (reads == null) {
            reads = method.getBeanType().getAnnotation(ReadsFrom.class);
        }
        return reads == null ? List.of() : List.of(reads.value());
    }
}
