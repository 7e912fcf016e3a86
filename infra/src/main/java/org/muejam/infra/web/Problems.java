package org.muejam.infra.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Builds RFC 9457 refusals thrown by endpoints: a stable type slug, a title and a detail for people. */
public final class Problems {

    private Problems() {}

    public static ErrorResponseException of(HttpStatus status, String type, String detail) {
        return of(status, type, detail, null);
    }

    /** A refusal naming the request field (or parameter) at fault. */
    public static ErrorResponseException of(HttpStatus status, String type, String detail, String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + type));
        problem.setTitle(status.getReasonPhrase());
        if (field != null) {
            problem.setProperty("field", field);
        }
        return new ErrorResponseException(status, problem, null);
    }
}
