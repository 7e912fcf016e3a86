package org.muejam.shared.legal;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record LegalDocumentPublishedEvent(
        DocumentType type, String version, String content, LocalDate effectiveDate, Instant publishedAt) {}
