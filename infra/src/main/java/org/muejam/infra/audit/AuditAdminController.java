package org.muejam.infra.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.shared.Queries;
import org.muejam.shared.audit.FindAuditChainStatusQuery;
import org.muejam.shared.audit.FindAuditCheckpointsQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "audit")
@RestController
@RequestMapping("/api/admin/audit")
public class AuditAdminController {

    private final QueryGateway queries;

    public AuditAdminController(QueryGateway queries) {
        this.queries = queries;
    }

    /** Recomputes the keyed chain and every append MAC over the whole event log, against the last checkpoint. */
    @Operation(
            operationId = "verifyAuditChain",
            summary = "Recompute the tamper-evident chain over the whole event log")
    @GetMapping("/verify")
    public AuditVerifier.Verification verify() {
        return Queries.ask(
                queries, new FindAuditChainStatusQuery(), ResponseTypes.instanceOf(AuditVerifier.Verification.class));
    }

    /** The signed checkpoints of the chain head published outside the database, oldest first. */
    @Operation(
            operationId = "listAuditCheckpoints",
            summary = "List the signed checkpoints of the chain head published outside the database")
    @GetMapping("/checkpoints")
    public AuditChainQueries.Checkpoints checkpoints() {
        return Queries.ask(
                queries,
                new FindAuditCheckpointsQuery(),
                ResponseTypes.instanceOf(AuditChainQueries.Checkpoints.class));
    }
}
