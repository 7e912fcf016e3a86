package org.muejam.infra.audit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.muejam.infra.config.LockedBucket;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectVersion;

/**
 * Signed checkpoints in an S3 bucket with Object Lock, one object per checkpoint under
 * {@code <prefix><position, 19 digits>.json}, each written once (If-None-Match) and locked in compliance mode until
 * {@code signedAt + retention}: not even the bucket's owner can delete or overwrite that version before then.
 *
 * <p>In a versioned bucket anyone with write access can still put a newer version over a key, or a delete marker;
 * the locked original stays underneath. So a checkpoint is always read from the oldest version of its key, and
 * delete markers are ignored.
 */
public final class S3CheckpointStore implements CheckpointStore, AutoCloseable {

    private static final Pattern DIGITS = Pattern.compile("\\d{19}");

    private final S3Client s3;
    private final LockedBucket locked;
    private final String bucket;
    private final String prefix;
    private final Period retention;
    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** A store over a client made elsewhere; {@link #close()} closes that client. */
    public S3CheckpointStore(S3Client s3, String bucket, String prefix, Period retention) {
        this.s3 = s3;
        this.locked =
                new LockedBucket(s3, bucket, "the audit checkpoint bucket", S3CheckpointProperties.BUCKET_VARIABLE);
        this.bucket = bucket;
        this.prefix = prefix;
        this.retention = retention;
    }

    /**
     * The store the settings describe, its bucket checked: it must exist and have Object Lock enabled.
     *
     * @throws IllegalStateException naming what to fix when the bucket is not set, missing or not locked
     */
    public static S3CheckpointStore open(S3CheckpointProperties settings) {
        if (settings.bucket() == null || settings.bucket().isBlank()) {
            throw new IllegalStateException("MUEJAM_CHECKPOINT_STORE is s3, so set "
                    + S3CheckpointProperties.BUCKET_VARIABLE
                    + " to the name of a bucket created with S3 Object Lock enabled");
        }
        S3CheckpointStore store =
                new S3CheckpointStore(client(settings), settings.bucket(), settings.prefix(), settings.retention());
        try {
            store.requireObjectLock();
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * For tools that run without Spring, such as the offline audit check: the settings from environment variables
     * ({@code MUEJAM_AUDIT_CHECKPOINTS_S3_*}, see {@link S3CheckpointProperties#fromEnvironment}), credentials from
     * the AWS SDK's default chain. Close the store when done.
     */
    public static S3CheckpointStore fromEnvironment(Map<String, String> env) {
        return open(S3CheckpointProperties.fromEnvironment(env));
    }

    static S3Client client(S3CheckpointProperties settings) {
        return LockedBucket.client(
                settings.bucket(),
                settings.region(),
                settings.endpoint(),
                settings.pathStyleAccess(),
                "MUEJAM_AUDIT_CHECKPOINTS_S3_REGION");
    }

    /** Fails unless the bucket exists and has Object Lock enabled, with a message saying which. */
    public S3CheckpointStore requireObjectLock() {
        locked.requireObjectLock();
        return this;
    }

    /**
     * Writes the checkpoint once, locked in compliance mode. Publishing the same checkpoint again is a no-op; a
     * different one at a published position is refused.
     *
     * @throws IllegalStateException when another checkpoint is already published at that position
     */
    @Override
    public void publish(SignedCheckpoint checkpoint) {
        String key = key(checkpoint.position());
        Instant retainUntil = LockedBucket.lockedUntil(checkpoint.signedAt(), retention);
        if (locked.putOnce(key, write(checkpoint), retainUntil).isEmpty()) {
            requireSameAsPublished(checkpoint, key, retainUntil);
        }
    }

    /** The same checkpoint published again: check its lock (a retry after a failed lock check heals it). */
    private void requireSameAsPublished(SignedCheckpoint checkpoint, String key, Instant retainUntil) {
        Optional<ObjectVersion> original = original(key);
        if (original.isEmpty() || !read(key, original.get()).equals(checkpoint)) {
            throw new IllegalStateException("a different checkpoint is already published at position "
                    + checkpoint.position() + " (" + bucket + "/" + key + "); a published checkpoint is never"
                    + " replaced");
        }
        locked.requireLocked(key, original.get().versionId(), retainUntil);
    }

    @Override
    public List<SignedCheckpoint> all() {
        List<SignedCheckpoint> all = new ArrayList<>();
        originals().forEach((key, version) -> all.add(read(key, version)));
        all.sort(Comparator.comparingLong(SignedCheckpoint::position));
        return all;
    }

    /** Reads only the object at the highest position (keys are zero-padded, so their order is the positions'). */
    @Override
    public Optional<SignedCheckpoint> latest() {
        TreeMap<String, ObjectVersion> originals = originals();
        return originals.isEmpty()
                ? Optional.empty()
                : Optional.of(read(originals.lastKey(), originals.lastEntry().getValue()));
    }

    @Override
    public void close() {
        s3.close();
    }

    String key(long position) {
        return prefix + String.format("%019d", position) + ".json";
    }

    private Optional<ObjectVersion> original(String key) {
        return Optional.ofNullable(originals(key).get(key));
    }

    private TreeMap<String, ObjectVersion> originals() {
        return originals(prefix);
    }

    /** The oldest version of every checkpoint key under the given start of key; delete markers are not versions. */
    private TreeMap<String, ObjectVersion> originals(String keyPrefix) {
        return locked.originals(keyPrefix, this::isCheckpointKey);
    }

    private boolean isCheckpointKey(String key) {
        if (!key.startsWith(prefix) || !key.endsWith(".json")) {
            return false;
        }
        return DIGITS.matcher(key.substring(prefix.length(), key.length() - ".json".length()))
                .matches();
    }

    private SignedCheckpoint read(String key, ObjectVersion version) {
        byte[] body = locked.read(key, version);
        SignedCheckpoint checkpoint;
        try {
            checkpoint = json.readValue(body, SignedCheckpoint.class);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "the checkpoint object " + bucket + "/" + key + " is not a checkpoint: " + e.getMessage(), e);
        }
        if (checkpoint.chainHead() == null
                || checkpoint.signedAt() == null
                || checkpoint.signature() == null
                || !key.equals(key(checkpoint.position()))) {
            throw new IllegalStateException("the checkpoint object " + bucket + "/" + key
                    + " does not hold the checkpoint its key names (position, chainHead, signedAt, signature)");
        }
        return checkpoint;
    }

    private byte[] write(SignedCheckpoint checkpoint) {
        try {
            return json.writeValueAsBytes(checkpoint);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
