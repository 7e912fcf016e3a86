package org.muejam.infra.audit;

import java.time.Instant;
import java.util.List;
import org.axonframework.messaging.annotation.MessageHandlerTimeout;
import org.axonframework.queryhandling.QueryHandler;
import org.muejam.shared.audit.FindAuditChainStatusQuery;
import org.muejam.shared.audit.FindAuditCheckpointsQuery;
import org.springframework.stereotype.Component;

/**
 * Answers from the event store, its seals and the checkpoints outside the database: the chain is recomputed over
 * the stored events themselves.
 */
@Component
public class AuditChainQueries {

    /** The published checkpoints, oldest first. */
    public record Checkpoints(List<Item> items) {}

    public record Item(long position, String chainHead, Instant signedAt, String signature) {}

    private final AuditVerifier verifier;
    private final CheckpointStore checkpoints;

    public AuditChainQueries(AuditVerifier verifier, CheckpointStore checkpoints) {
        this.verifier = verifier;
        this.checkpoints = checkpoints;
    }

    /**
     * Recomputes the chain over the whole log: its time grows with the log (about 100,000 events in ten seconds
     * on two cores), so it may take longer than the 30 s other handlers get.
     */
    @QueryHandler
    @MessageHandlerTimeout(timeoutMs = 600_000, warningThresholdMs = 60_000, warningIntervalMs = 60_000)
    public AuditVerifier.Verification handle(FindAuditChainStatusQuery query) {
        return verifier.verify();
    }

    @QueryHandler
    public Checkpoints handle(FindAuditCheckpointsQuery query) {
        return new Checkpoints(checkpoints.all().stream()
                .map(c -> new Item(c.position(), c.chainHead(), c.signedAt(), c.signature()))
                .toList());
    }
}
