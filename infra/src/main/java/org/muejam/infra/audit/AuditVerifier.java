package org.muejam.infra.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the keyed chain and every append MAC from the stored bytes and checks the chain against the last
 * published checkpoint; reports the broken event with the lowest global index and the first problems found.
 */
@Component
public class AuditVerifier {

    /**
     * @param problems the first problems found (at most 100), by global index
     * @param checkpointPosition the position of the checkpoint the chain was checked against, if one was
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Verification(
            String status,
            long eventsVerified,
            ChainCheck.BrokenEvent firstBrokenEvent,
            long pendingEvents,
            List<ChainCheck.BrokenEvent> problems,
            Long checkpointPosition) {}

    private final JdbcTemplate jdbc;
    private final SealKey key;
    private final CheckpointStore checkpoints;
    private final CheckpointSigner signer;

    public AuditVerifier(JdbcTemplate jdbc, SealKey key, CheckpointStore checkpoints, CheckpointSigner signer) {
        this.jdbc = jdbc;
        this.key = key;
        this.checkpoints = checkpoints;
        this.signer = signer;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Verification verify() {
        return ChainVerification.run(jdbc, key, checkpoints.latest(), signer.publicKey());
    }
}
