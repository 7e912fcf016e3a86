package org.muejam.infra.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes a signed checkpoint of the chain head outside the database whenever the head has advanced since the
 * last one (every muejam.audit.checkpoints.interval, one node at a time).
 */
@Component
public class CheckpointPublisher {

    private static final Logger log = LoggerFactory.getLogger(CheckpointPublisher.class);
    /** Only one node publishes at a time. */
    private static final long LOCK_KEY = 0x6d75656a616d02L;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final AuditSealer sealer;
    private final CheckpointSigner signer;
    private final CheckpointStore store;

    public CheckpointPublisher(
            JdbcTemplate jdbc,
            TransactionTemplate transaction,
            Clock clock,
            AuditSealer sealer,
            CheckpointSigner signer,
            CheckpointStore store) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.sealer = sealer;
        this.signer = signer;
        this.store = store;
    }

    @Scheduled(
            fixedDelayString = "${muejam.audit.checkpoints.interval:1m}",
            initialDelayString = "${muejam.audit.checkpoints.interval:1m}")
    public void publishScheduled() {
        try {
            publish();
        } catch (RuntimeException e) {
            log.error("could not publish a checkpoint of the seal", e);
        }
    }

    /** Publishes a checkpoint of the verified chain head if it advanced; returns it. */
    public synchronized Optional<SignedCheckpoint> publish() {
        return transaction.execute(status -> {
            Boolean locked = jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(?)", Boolean.class, LOCK_KEY);
            if (!Boolean.TRUE.equals(locked)) {
                return Optional.<SignedCheckpoint>empty();
            }
            ChainCheck.Head head = sealer.verifiedHead();
            if (head.link() == 0) {
                return Optional.<SignedCheckpoint>empty();
            }
            Optional<SignedCheckpoint> latest = store.latest();
            if (latest.isPresent() && latest.get().position() >= head.globalIndex()) {
                return Optional.<SignedCheckpoint>empty();
            }
            SignedCheckpoint checkpoint = signer.sign(
                    head.globalIndex(), head.hashHex(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
            store.publish(checkpoint);
            log.info("published the seal checkpoint at position {}", checkpoint.position());
            return Optional.of(checkpoint);
        });
    }
}
