package org.muejam.infra.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.muejam.command.content.ContentRefusal;
import org.muejam.command.shared.DomainRuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.NonNull;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error as application/problem+json with a stable type; bad input names the field at fault. */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(DomainRuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolation(DomainRuleViolation violation, HttpServletRequest request) {
        int status = switch (violation.kind()) {
            case INVALID -> 422;
            case CONFLICT -> 409;
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
        };
        boolean refusedContent = ContentRefusal.PROBLEM_TYPE.equals(violation.problemType());
        if (violation.kind() == DomainRuleViolation.Kind.INVALID && violation.field() != null && !refusedContent) {
            status = 400;
        }
        ProblemDetail problem = ProblemWriter.problem(
                status, violation.problemType(), title(violation.problemType()), violation.getMessage());
        if (refusedContent) {
            // the content screening names the filter that refused the submission
            problem.setProperty("rule", violation.field());
            return respond(problem, request);
        }
        if (violation.field() != null) {
            problem.setProperty("field", violation.field());
            problem.setProperty(
                    "errors", List.of(Map.of("field", violation.field(), "message", violation.getMessage())));
        }
        return respond(problem, request);
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> commandFailed(CommandExecutionException failure, HttpServletRequest request) {
        if (failure.getCause() instanceof DomainRuleViolation violation) {
            return ruleViolation(violation, request);
        }
        return unexpected(failure, request);
    }

    @ExceptionHandler(org.axonframework.commandhandling.NoHandlerForCommandException.class)
    ResponseEntity<ProblemDetail> noHandler(RuntimeException failure, HttpServletRequest request) {
        return respond(
                ProblemWriter.problem(
                        503,
                        "command-role-not-served",
                        "Service unavailable",
                        "this node does not run the command role (muejam.roles)"),
                request);
    }

    @ExceptionHandler(org.axonframework.queryhandling.NoHandlerForQueryException.class)
    ResponseEntity<ProblemDetail> noQueryHandler(RuntimeException failure, HttpServletRequest request) {
        return respond(
                ProblemWriter.problem(
                        503,
                        "query-role-not-served",
                        "Service unavailable",
                        "this node does not run the query or command role (muejam.roles)"),
                request);
    }

    /** A handler that ran past its time (Axon's handler time-outs): the work was given up, the client may retry. */
    @ExceptionHandler(org.axonframework.messaging.timeout.AxonTimeoutException.class)
    ResponseEntity<ProblemDetail> timedOut(RuntimeException failure, HttpServletRequest request) {
        log.warn("timed out on {} {}: {}", request.getMethod(), request.getRequestURI(), failure.toString());
        return respond(
                ProblemWriter.problem(
                        503,
                        "handler-timed-out",
                        "Service unavailable",
                        "the platform gave up on this request after its time limit; retry shortly"),
                request);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException failure, HttpServletRequest request) {
        return respond(ProblemWriter.problem(404, "not-found", "Not found", "no such resource"), request);
    }

    /** An action on a version of an aggregate that changed since (a moderation case's stale version). */
    @ExceptionHandler(org.axonframework.modelling.command.ConflictingModificationException.class)
    ResponseEntity<ProblemDetail> staleVersion(RuntimeException failure, HttpServletRequest request) {
        return respond(
                ProblemWriter.problem(
                        409,
                        "stale-version",
                        "Stale version",
                        "it changed since the version you sent; read it again and decide on what it is now"),
                request);
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrent(ConcurrencyException failure, HttpServletRequest request) {
        return respond(
                ProblemWriter.problem(
                        409,
                        "concurrent-modification",
                        "Concurrent modification",
                        "the resource was changed by another request at the same time; try again"),
                request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException failure, HttpServletRequest request) {
        return respond(ProblemWriter.problem(403, "forbidden", "Forbidden", "you are not allowed to do this"), request);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException failure, HttpServletRequest request) {
        boolean credentials = failure instanceof org.springframework.security.authentication.BadCredentialsException;
        return respond(
                ProblemWriter.problem(
                        401,
                        credentials ? "invalid-credentials" : "unauthorized",
                        "Unauthorized",
                        credentials ? "the email address or password is wrong" : "sign in first"),
                request);
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> refused(ProblemException failure, HttpServletRequest request) {
        return respond(failure.problem(), request);
    }

    /**
     * The security firewall checks a header only when it is read: one a controller or interceptor reads (a
     * non-ASCII X-Await-Position, say) is refused here, as the firewall's handler refuses it before the chain.
     */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(RequestRejectedException failure, HttpServletRequest request) {
        return respond(
                ProblemWriter.problem(
                        400,
                        "request-rejected",
                        "Request rejected",
                        "the request's address or headers are not allowed here"),
                request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(
            MethodArgumentTypeMismatchException failure, HttpServletRequest request) {
        ProblemDetail problem = ProblemWriter.problem(
                400,
                "invalid-parameter",
                "Invalid parameter",
                "parameter '" + failure.getName() + "' has an invalid value");
        problem.setProperty("field", failure.getName());
        return respond(problem, request);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badArgument(IllegalArgumentException failure, HttpServletRequest request) {
        log.debug("invalid argument on {} {}: {}", request.getMethod(), request.getRequestURI(), failure.toString());
        return respond(
                ProblemWriter.problem(
                        400,
                        "invalid-request",
                        "Invalid request",
                        "the request holds a value this endpoint cannot use"),
                request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure, HttpServletRequest request) {
        if (failure instanceof RequestIdFilter.BodyTooLargeException
                || failure.getCause() instanceof RequestIdFilter.BodyTooLargeException) {
            return respond(
                    ProblemWriter.problem(413, "payload-too-large", "Payload too large", failure.getMessage()),
                    request);
        }
        if (DatabaseOutage.causes(failure)) {
            log.warn(
                    "database out of reach on {} {}: {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    failure.toString());
            ProblemDetail problem = ProblemWriter.problem(
                    503,
                    DatabaseOutage.PROBLEM_TYPE,
                    "Service unavailable",
                    "the database is out of reach for a moment; send the request again");
            problem.setInstance(URI.create(request.getRequestURI()));
            return ResponseEntity.status(503)
                    .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                    .header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS))
                    .body(problem);
        }
        log.error("unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), failure);
        return respond(
                ProblemWriter.problem(
                        500,
                        "internal-error",
                        "Internal error",
                        "the platform failed to handle this request; it has been logged"),
                request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            @NonNull MethodArgumentNotValidException failure,
            @NonNull HttpHeaders headers,
            @NonNull HttpStatusCode status,
            @NonNull WebRequest request) {
        List<Map<String, String>> errors = failure.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        ProblemDetail problem = ProblemWriter.problem(
                400,
                "validation-failed",
                "Validation failed",
                errors.stream()
                        .map(e -> e.get("field") + ": " + e.get("message"))
                        .reduce((a, b) -> a + "; " + b)
                        .orElse("the request is not valid"));
        problem.setProperty("errors", errors);
        if (!errors.isEmpty()) {
            problem.setProperty("field", errors.get(0).get("field"));
        }
        return ResponseEntity.status(400)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            @NonNull HttpMessageNotReadableException failure,
            @NonNull HttpHeaders headers,
            @NonNull HttpStatusCode status,
            @NonNull WebRequest request) {
        Throwable cause = failure.getMostSpecificCause();
        if (cause instanceof RequestIdFilter.BodyTooLargeException) {
            return ResponseEntity.status(413)
                    .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ProblemWriter.problem(413, "payload-too-large", "Payload too large", cause.getMessage()));
        }
        RequestJsonFactory.DuplicateKeyException duplicate =
                causeOf(failure, RequestJsonFactory.DuplicateKeyException.class);
        if (duplicate != null) {
            ProblemDetail problem = ProblemWriter.problem(
                    400,
                    "duplicate-key",
                    "Duplicate key",
                    duplicate.getOriginalMessage() + ": each key may appear once in an object");
            problem.setProperty("field", duplicate.field());
            return ResponseEntity.status(400)
                    .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        RequestJsonFactory.ForbiddenCharacterException forbidden = forbiddenCharacter(failure);
        if (forbidden != null) {
            ProblemDetail problem = ProblemWriter.problem(
                    400,
                    RequestTextFilter.PROBLEM_TYPE,
                    "Forbidden character",
                    forbidden.getOriginalMessage() + ": control characters other than tab, line feed and carriage "
                            + "return, and unpaired surrogates, are refused");
            problem.setProperty("field", forbidden.field());
            problem.setProperty("character", ForbiddenCharacters.describe(forbidden.character()));
            return ResponseEntity.status(400)
                    .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        String detail = "the request body is not valid JSON for this endpoint";
        String field = null;
        com.fasterxml.jackson.databind.JsonMappingException mapping = null;
        for (Throwable t = failure; t != null && mapping == null; t = t.getCause()) {
            if (t instanceof com.fasterxml.jackson.databind.JsonMappingException m
                    && !m.getPath().isEmpty()) {
                mapping = m;
            }
        }
        if (mapping != null) {
            field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                    .orElse(null);
            detail = "field '" + field + "' has an invalid value";
        } else if (cause instanceof com.fasterxml.jackson.core.exc.StreamReadException unreadable) {
            field = unreadable.getProcessor() == null ? null : RequestJsonFactory.where(unreadable.getProcessor());
            detail = field == null
                    ? "the request body is malformed JSON"
                    : "the request body is malformed JSON at '" + field + "'";
        } else if (cause instanceof com.fasterxml.jackson.core.JsonProcessingException) {
            detail = "the request body is malformed JSON";
        } else if (cause instanceof IllegalArgumentException) {
            detail = "the request body holds a value this endpoint cannot use";
        } else if (failure.getMessage() != null && failure.getMessage().startsWith("Required request body")) {
            detail = "a JSON request body is required";
        }
        ProblemDetail problem = ProblemWriter.problem(400, "malformed-request", "Malformed request", detail);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return ResponseEntity.status(400)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /**
     * The framework's own refusals (unsupported media type, unknown path, wrong method…) come typed
     * {@code about:blank}: they get the stable type of their status.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            @NonNull Exception failure,
            Object body,
            @NonNull HttpHeaders headers,
            @NonNull HttpStatusCode status,
            @NonNull WebRequest request) {
        if (body == null && failure instanceof org.springframework.web.ErrorResponse framework) {
            body = framework.getBody();
        }
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null
                        || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(URI.create("/problems/" + ProblemTypes.forStatus(status.value())));
            problem.setTitle(ProblemTypes.title(status.value()));
            if (failure instanceof org.springframework.web.servlet.resource.NoResourceFoundException
                    || failure instanceof org.springframework.web.servlet.NoHandlerFoundException) {
                problem.setDetail("no such resource");
            }
        }
        return super.handleExceptionInternal(failure, body, headers, status, request);
    }

    private static <T extends Throwable> T causeOf(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static RequestJsonFactory.ForbiddenCharacterException forbiddenCharacter(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RequestJsonFactory.ForbiddenCharacterException forbidden) {
                return forbidden;
            }
        }
        return null;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, HttpServletRequest request) {
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(problem.getStatus())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static String title(String type) {
        String words = type.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
