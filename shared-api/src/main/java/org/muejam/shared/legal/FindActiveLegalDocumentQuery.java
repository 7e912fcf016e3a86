package org.muejam.shared.legal;

/** The version of a document type in effect today, if one is. */
public record FindActiveLegalDocumentQuery(DocumentType type) {}
