package org.muejam.infra.idempotency;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.muejam.infra.web.ProblemWriter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A command refused because a concurrent request with its Idempotency-Key stored first: 409, as the filter says. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class IdempotencyProblems {

    /** Also reached when the command bus wraps the refusal: Spring matches an exception's causes too. */
    @ExceptionHandler(IdempotencyKeyInUse.class)
    ResponseEntity<ProblemDetail> inUse(IdempotencyKeyInUse refusal, HttpServletRequest request) {
        ProblemDetail problem = ProblemWriter.problem(
                409, IdempotencyFilter.IN_USE_TYPE, "Idempotency-Key in use", IdempotencyFilter.IN_USE_DETAIL);
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("field", IdempotencyFilter.HEADER);
        return ResponseEntity.status(409)
                .header("Retry-After", "1")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
