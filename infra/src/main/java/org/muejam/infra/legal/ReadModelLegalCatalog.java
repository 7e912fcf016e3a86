package org.muejam.infra.legal;

import java.util.EnumMap;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.legal.LegalCatalog;
import org.muejam.command.shared.Queries;
import org.muejam.shared.legal.CountLegalDocumentVersionsQuery;
import org.muejam.shared.legal.DocumentType;
import org.muejam.shared.legal.LegalDocumentResponse;
import org.muejam.shared.legal.ListActiveLegalDocumentsQuery;
import org.springframework.stereotype.Component;

/** The command side's view of published legal documents: the legal-documents read model, as published so far. */
@Component
public class ReadModelLegalCatalog implements LegalCatalog {

    private final QueryGateway queries;

    public ReadModelLegalCatalog(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public boolean exists(DocumentType type, String version) {
        Integer count = Queries.ask(
                queries, new CountLegalDocumentVersionsQuery(type, version), ResponseTypes.instanceOf(Integer.class));
        return count != null && count > 0;
    }

    @Override
    public Map<DocumentType, String> activeVersions() {
        Map<DocumentType, String> active = new EnumMap<>(DocumentType.class);
        for (LegalDocumentResponse document : Queries.ask(
                queries,
                new ListActiveLegalDocumentsQuery(),
                ResponseTypes.multipleInstancesOf(LegalDocumentResponse.class))) {
            DocumentType.fromSlug(document.type()).ifPresent(type -> active.put(type, document.version()));
        }
        return active;
    }
}
