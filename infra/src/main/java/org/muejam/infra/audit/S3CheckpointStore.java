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
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ObjectLockConfiguration;
import software.amazon.awssdk.services.s3.model.ObjectLockEnabled;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.ObjectLockRetention;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;
import software.amazon.awssdk.services.s3.model.ObjectVersion;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

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
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .forcePathStyle(settings.pathStyleAccess());
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        if (settings.region() != null) {
            builder.region(Region.of(settings.region()));
        } else if (settings.endpoint() != null) {
            builder.region(Region.US_EAST_1);
        }
        try {
            return builder.build();
        } catch (SdkClientException e) {
            throw new IllegalStateException(
                    "set MUEJAM_AUDIT_CHECKPOINTS_S3_REGION (or AWS_REGION) to the region of the checkpoint bucket "
                            + settings.bucket() + ": " + e.getMessage(),
                    e);
        }
    }

    /** Fails unless the bucket exists and has Object Lock enabled, with a message saying which. */
    public S3CheckpointStore requireObjectLock() {
        ObjectLockConfiguration configuration;
        try {
            configuration = s3.getObjectLockConfiguration(b -> b.bucket(bucket)).objectLockConfiguration();
        } catch (S3Exception e) {
            String code = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode();
            if ("NoSuchBucket".equals(code)) {
                throw new IllegalStateException("the audit checkpoint bucket " + bucket + " does not exist (set "
                        + S3CheckpointProperties.BUCKET_VARIABLE + " to a bucket created with S3 Object Lock)");
            }
            if (e.statusCode() == 403) {
                throw new IllegalStateException(
                        "cannot read the Object Lock configuration of the audit checkpoint bucket " + bucket
                                + " (the credentials need s3:GetBucketObjectLockConfiguration): " + e.getMessage(),
                        e);
            }
            // S3 answers 404 ObjectLockConfigurationNotFoundError; some compatible servers a 400
            if (e.statusCode() == 404 || e.statusCode() == 400) {
                String said = e.awsErrorDetails() == null
                        ? e.getMessage()
                        : e.awsErrorDetails().errorMessage();
                throw notLocked(" (the server says: " + said + ")");
            }
            throw e;
        }
        if (configuration == null || configuration.objectLockEnabled() != ObjectLockEnabled.ENABLED) {
            throw notLocked("");
        }
        return this;
    }

    private IllegalStateException notLocked(String detail) {
        return new IllegalStateException("the audit checkpoint bucket " + bucket
                + " does not have S3 Object Lock enabled" + detail
                + ", so its checkpoints could be deleted or overwritten:"
                + " create a bucket with Object Lock enabled (aws s3api create-bucket"
                + " --object-lock-enabled-for-bucket) and set " + S3CheckpointProperties.BUCKET_VARIABLE
                + " to its name");
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
        Instant retainUntil = retainUntil(checkpoint);
        PutObjectResponse written;
        try {
            written = s3.putObject(
                    PutObjectRequest.builder()
                            .bucket(bucket)
                            .key(key)
                            .contentType("application/json")
                            .ifNoneMatch("*")
                            .objectLockMode(ObjectLockMode.COMPLIANCE)
                            .objectLockRetainUntilDate(retainUntil)
                            // a locked put needs an integrity checksum; SHA-256 whatever the client's defaults
                            .checksumAlgorithm(ChecksumAlgorithm.SHA256)
                            .build(),
                    RequestBody.fromBytes(write(checkpoint)));
        } catch (S3Exception e) {
            // 412: the key exists; 409: another writer is putting it right now
            if (e.statusCode() == 412 || e.statusCode() == 409) {
                requireSameAsPublished(checkpoint, key, retainUntil);
                return;
            }
            throw e;
        }
        requireLocked(key, written.versionId(), retainUntil);
    }

    /** signedAt + retention, up to the next whole second: the lock's date as every S3 server reads it. */
    private Instant retainUntil(SignedCheckpoint checkpoint) {
        Instant exact =
                checkpoint.signedAt().atOffset(ZoneOffset.UTC).plus(retention).toInstant();
        Instant second = exact.truncatedTo(ChronoUnit.SECONDS);
        return second.equals(exact) ? exact : second.plusSeconds(1);
    }

    /** The same checkpoint published again: check its lock (a retry after a failed lock check heals it). */
    private void requireSameAsPublished(SignedCheckpoint checkpoint, String key, Instant retainUntil) {
        Optional<ObjectVersion> original = original(key);
        if (original.isEmpty() || !read(key, original.get()).equals(checkpoint)) {
            throw new IllegalStateException("a different checkpoint is already published at position "
                    + checkpoint.position() + " (" + bucket + "/" + key + "); a published checkpoint is never"
                    + " replaced");
        }
        requireLocked(key, original.get().versionId(), retainUntil);
    }

    /**
     * Makes sure the server applied the lock the put asked for, and sets it on the version if it did not (a
     * server that ignores the put's lock headers but honours PutObjectRetention).
     */
    private void requireLocked(String key, String versionId, Instant retainUntil) {
        try {
            ObjectLockRetention held = s3.getObjectRetention(
                            b -> b.bucket(bucket).key(key).versionId(versionId))
                    .retention();
            if (held != null
                    && held.mode() == ObjectLockRetentionMode.COMPLIANCE
                    && held.retainUntilDate() != null
                    && !held.retainUntilDate().isBefore(retainUntil)) {
                return;
            }
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw e;
            }
        }
        s3.putObjectRetention(b -> b.bucket(bucket)
                .key(key)
                .versionId(versionId)
                .retention(r -> r.mode(ObjectLockRetentionMode.COMPLIANCE).retainUntilDate(retainUntil)));
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
        TreeMap<String, ObjectVersion> originals = new TreeMap<>();
        s3.listObjectVersionsPaginator(b -> b.bucket(bucket).prefix(keyPrefix)).versions().stream()
                .filter(version -> isCheckpointKey(version.key()))
                // S3 lists the versions of a key newest first, so on a tie in time the one listed later is older
                .forEach(version -> originals.merge(
                        version.key(),
                        version,
                        (seen, next) -> next.lastModified().isAfter(seen.lastModified()) ? seen : next));
        return originals;
    }

    private boolean isCheckpointKey(String key) {
        if (!key.startsWith(prefix) || !key.endsWith(".json")) {
            return false;
        }
        return DIGITS.matcher(key.substring(prefix.length(), key.length() - ".json".length()))
                .matches();
    }

    private SignedCheckpoint read(String key, ObjectVersion version) {
        byte[] body = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key).versionId(version.versionId()))
                .asByteArray();
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
