package org.muejam.shared.legal;

/** Every published version of a document type, newest effective date first. */
public record ListLegalDocumentVersionsQuery(DocumentType type) {}
