package org.muejam.shared.legal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The legal documents the platform publishes; the slug is the name used in paths and payloads. */
public enum DocumentType {
    TERMS_OF_SERVICE("terms-of-service", true),
    PRIVACY_POLICY("privacy-policy", true),
    CONTENT_POLICY("content-policy", false);

    private final String slug;
    private final boolean consentRequired;

    DocumentType(String slug, boolean consentRequired) {
        this.slug = slug;
        this.consentRequired = consentRequired;
    }

    @JsonValue
    public String slug() {
        return slug;
    }

    /** Whether every account must accept the active version of this document. */
    public boolean consentRequired() {
        return consentRequired;
    }

    public static Optional<DocumentType> fromSlug(String slug) {
        return Arrays.stream(values()).filter(t -> t.slug.equals(slug)).findFirst();
    }

    @JsonCreator
    static DocumentType parse(String slug) {
        return fromSlug(slug).orElseThrow(() -> new IllegalArgumentException("unknown document type: " + slug));
    }

    @Override
    public String toString() {
        return slug;
    }
}
