package org.muejam.command.shared;

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

    public DomainRuleViolation(Kind kind, String problemType, String field, String message) {
        super(message);
        this.kind = kind;
        this.problemType = problemType;
        this.field = field;
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

    /** The request field at fault, or null when the refusal is not about one field. */
    public String field() {
        return field;
    }
}
