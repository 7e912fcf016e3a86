package org.muejam.shared.legal;

import java.util.Objects;

/** One version of one legal document, as accepted by a person. */
public record DocumentVersion(DocumentType type, String version) {
    public DocumentVersion {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(version, "version");
    }
}
