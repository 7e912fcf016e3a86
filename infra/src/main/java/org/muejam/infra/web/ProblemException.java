package org.muejam.infra.web;

import org.springframework.http.ProblemDetail;

/** A refusal that names its own answer, so the problem handler answers it without knowing where it came from. */
public abstract class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;

    protected ProblemException(int status, String type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public ProblemDetail problem() {
        return ProblemWriter.problem(status, type, title, getMessage());
    }
}
