package org.muejam.infra.legal;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.muejam.infra.web.Problems;
import org.muejam.shared.legal.DocumentType;
import org.springframework.http.HttpStatus;

/** Resolves a document type named in a path, refusing unknown ones with a 404 problem. */
final class DocumentTypes {

    private DocumentTypes() {}

    static DocumentType fromPath(String slug) {
        return DocumentType.fromSlug(slug)
                .orElseThrow(() -> Problems.of(
                        HttpStatus.NOT_FOUND,
                        "unknown-document-type",
                        "unknown document type '" + slug + "'; known: "
                                + Arrays.stream(DocumentType.values())
                                        .map(DocumentType::slug)
                                        .collect(Collectors.joining(", ")),
                        "type"));
    }
}
