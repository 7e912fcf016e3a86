package org.muejam.command.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A command refused by a business rule. {@code problemType} is a stable slug clients can switch on;
 * {@code kind} tells the transport which family of refusal this is.
 */
public class DomainRuleViolation extends RuntimeException {

    public enum Kind {
        INVALID,
        CONFLICT,
        NOT_FOUND,
        FORBIDDEN
    }

    private final String problemType;
    private final Kind kind;
    private final String field;
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private final Map<String, String> fieldErrors;

    public DomainRuleViolation(Kind kind, String problemType, String field, String message) {
        super(message);
        this.kind = kind;
        this.problemType = problemType;
        this.field = field;
        this.fieldErrors = Map.of();
    }

    private DomainRuleViolation(String problemType, Map<String, String> fieldErrors, String message) {
        super(message);
        this.kind = Kind.INVALID;
        this.problemType = problemType;
        this.field = null;
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    /**
     * A request the rule cannot process because several fields are missing or wrong together (a DMCA notice without
     * its statutory elements): 422, naming each field with what is wrong with it, in order.
     */
    public static DomainRuleViolation incomplete(String problemType, Map<String, String> fieldErrors, String message) {
        return new DomainRuleViolation(problemType, fieldErrors, message);
    }

    public static DomainRuleViolation invalid(String problemType, String field, String message) {
        return new DomainRuleViolation(Kind.INVALID, problemType, field, message);
    }

    public static DomainRuleViolation conflict(String problemType, String field, String message) {
        return new DomainRuleViolation(Kind.CONFLICT, problemType, field, message);
    }

    public static DomainRuleViolation notFound(String problemType, String field, String message) {
        return new DomainRuleViolation(Kind.NOT_FOUND, problemType, field, message);
    }

    public Kind kind() {
        return kind;
    }

    public String problemType() {
        return problemType;
    }

    /** Adds a property the problem document carries beside its detail (e.g. until when a refusal lasts). */
    public DomainRuleViolation with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    /** The problem document's extra properties, in the order they were added. */
    public Map<String, Object> properties() {
        return java.util.Collections.unmodifiableMap(properties);
    }

    /** Each field at fault with what is wrong with it, for a refusal about several at once; empty otherwise. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** The request field at fault, or null when the refusal is not about one field. */
    public String field() {
        return field;
    }
}
