package org.muejam.shared.legal;

/** How many published versions of a type carry this version name: one if it was published, none if not. */
public record CountLegalDocumentVersionsQuery(DocumentType type, String version) {}
