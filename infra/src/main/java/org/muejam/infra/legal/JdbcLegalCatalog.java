package org.muejam.infra.legal;

import java.util.EnumMap;
import java.util.Map;
import org.muejam.command.legal.LegalCatalog;
import org.muejam.query.legal.LegalDocumentReader;
import org.muejam.query.shared.ReadModelFreshness;
import org.muejam.shared.legal.DocumentType;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.stereotype.Component;

/** The command side's view of published legal documents, over the legal-documents read model. */
@Component
public class JdbcLegalCatalog implements LegalCatalog {

    private final LegalDocumentReader documents;
    private final ReadModelFreshness freshness;

    public JdbcLegalCatalog(LegalDocumentReader documents, ReadModelFreshness freshness) {
        this.documents = documents;
        this.freshness = freshness;
    }

    @Override
    public boolean exists(DocumentType type, String version) {
        freshness.awaitAggregate(ReadModels.LEGAL_DOCUMENTS, type.toString());
        return documents.exists(type, version);
    }

    /** As published so far: a registration right after a new version is published must accept that version. */
    @Override
    public Map<DocumentType, String> activeVersions() {
        for (DocumentType type : DocumentType.values()) {
            freshness.awaitAggregate(ReadModels.LEGAL_DOCUMENTS, type.toString());
        }
        Map<DocumentType, String> active = new EnumMap<>(DocumentType.class);
        documents.active().forEach((type, view) -> active.put(type, view.version()));
        return active;
    }
}
