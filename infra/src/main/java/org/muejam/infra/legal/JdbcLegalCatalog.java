package org.muejam.infra.legal;

import java.util.EnumMap;
import java.util.Map;
import org.muejam.command.legal.LegalCatalog;
import org.muejam.query.legal.LegalDocumentReader;
import org.muejam.shared.legal.DocumentType;
import org.springframework.stereotype.Component;

/** The command side's view of published legal documents, over the legal-documents read model. */
@Component
public class JdbcLegalCatalog implements LegalCatalog {

    private final LegalDocumentReader documents;

    public JdbcLegalCatalog(LegalDocumentReader documents) {
        this.documents = documents;
    }

    @Override
    public boolean exists(DocumentType type, String version) {
        return documents.exists(type, version);
    }

    @Override
    public Map<DocumentType, String> activeVersions() {
        Map<DocumentType, String> active = new EnumMap<>(DocumentType.class);
        documents.active().forEach((type, view) -> active.put(type, view.version()));
        return active;
    }
}
