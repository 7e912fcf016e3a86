package org.muejam.infra.audit;

import org.axonframework.queryhandling.QueryHandler;
import org.muejam.shared.audit.FindAuditChainStatusQuery;
import org.springframework.stereotype.Component;

/** Answers from the event store and its seals: the chain is recomputed over the stored events themselves. */
@Component
public class AuditChainQueries {

    private final AuditVerifier verifier;

    public AuditChainQueries(AuditVerifier verifier) {
        this.verifier = verifier;
    }

    @QueryHandler
    public AuditVerifier.Verification handle(FindAuditChainStatusQuery query) {
        return verifier.verify();
    }
}
