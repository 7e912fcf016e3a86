package org.muejam.infra.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The container's error page (a {@code sendError} no handler answered, asked for {@code /error} itself): a problem
 * document with the type of its status, in place of Spring Boot's own JSON.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code && code >= 400
                ? code
                : 404;
        ProblemDetail problem = ProblemWriter.problem(
                status,
                ProblemTypes.forStatus(status),
                ProblemTypes.title(status),
                status == 404
                        ? "no such resource"
                        : status >= 500 ? "the platform failed to handle this request" : "the request was refused");
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
            try {
                problem.setInstance(URI.create(uri));
            } catch (IllegalArgumentException notAUri) {
                // the path that failed is not even a URI: leave it out
            }
        }
        Object requestId = request.getAttribute(RequestIdFilter.REQUEST_ID_ATTRIBUTE);
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
