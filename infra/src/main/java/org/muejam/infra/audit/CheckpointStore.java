package org.muejam.infra.audit;

import java.util.List;
import java.util.Optional;

/**
 * Where signed checkpoints are published: a place the platform's database credentials cannot rewrite (a local
 * append-only file by default, S3 with Object Lock in production).
 */
public interface CheckpointStore {

    /** Publishes one checkpoint; a checkpoint once published is never changed or removed. */
    void publish(SignedCheckpoint checkpoint);

    /** Every published checkpoint, oldest (lowest position) first. */
    List<SignedCheckpoint> all();

    /** The checkpoint at the highest position, if any. */
    default Optional<SignedCheckpoint> latest() {
        List<SignedCheckpoint> all = all();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }
}
