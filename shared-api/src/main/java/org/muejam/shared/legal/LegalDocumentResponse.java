package org.muejam.shared.legal;

import java.time.Instant;
import java.time.LocalDate;

/** A published version of a legal document, marked whether it is the one in effect. */
public record LegalDocumentResponse(
        String type, String version, String content, LocalDate effectiveDate, Instant publishedAt, boolean active) {}
