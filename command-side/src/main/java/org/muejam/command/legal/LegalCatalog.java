package org.muejam.command.legal;

import java.util.Map;
import org.muejam.shared.legal.DocumentType;

/** What the command side needs to know about published legal documents. */
public interface LegalCatalog {

    boolean exists(DocumentType type, String version);

    /** The active version of each document type that has one. */
    Map<DocumentType, String> activeVersions();
}
