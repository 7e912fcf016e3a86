package org.muejam.infra.config;

import java.net.URI;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
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
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * An S3 bucket with Object Lock whose objects are written once and kept in compliance mode: what the audit
 * checkpoints and the erasure ledger both rely on, so that nothing with the database's credentials (or the bucket
 * owner's) can take back what was written.
 *
 * <p>In a versioned bucket anyone with write access can still put a newer version over a key, or a delete marker;
 * the locked original stays underneath, so readers take the oldest version of each key.
 *
 * @param s3 the client
 * @param bucket the bucket's name
 * @param what the bucket in words, for messages ("the audit checkpoint bucket")
 * @param bucketVariable the environment variable that names the bucket, for messages
 */
public record LockedBucket(S3Client s3, String bucket, String what, String bucketVariable) {

    /** A client with the AWS SDK's default credentials chain, for a bucket on AWS or another S3-compatible server. */
    public static S3Client client(
            String bucket, String region, URI endpoint, boolean pathStyleAccess, String regionVariable) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .forcePathStyle(pathStyleAccess);
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        if (region != null) {
            builder.region(Region.of(region));
        } else if (endpoint != null) {
            builder.region(Region.US_EAST_1);
        }
        try {
            return builder.build();
        } catch (SdkClientException e) {
            throw new IllegalStateException(
                    "set " + regionVariable + " (or AWS_REGION) to the region of the bucket " + bucket + ": "
                            + e.getMessage(),
                    e);
        }
    }

    /** Fails unless the bucket exists and has Object Lock enabled, with a message saying which and what to do. */
    public LockedBucket requireObjectLock() {
        ObjectLockConfiguration configuration;
        try {
            configuration = s3.getObjectLockConfiguration(b -> b.bucket(bucket)).objectLockConfiguration();
        } catch (S3Exception e) {
            String code = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode();
            if ("NoSuchBucket".equals(code)) {
                throw new IllegalStateException(what + " " + bucket + " does not exist (set " + bucketVariable
                        + " to a bucket created with S3 Object Lock)");
            }
            if (e.statusCode() == 403) {
                throw new IllegalStateException(
                        "cannot read the Object Lock configuration of " + what + " " + bucket
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
        return new IllegalStateException(what + " " + bucket + " does not have S3 Object Lock enabled" + detail
                + ", so what it holds could be deleted or overwritten: create a bucket with Object Lock enabled"
                + " (aws s3api create-bucket --object-lock-enabled-for-bucket) and set " + bucketVariable
                + " to its name");
    }

    /** {@code from + retention}, up to the next whole second: the lock's date as every S3 server reads it. */
    public static Instant lockedUntil(Instant from, Period retention) {
        Instant exact = from.atOffset(ZoneOffset.UTC).plus(retention).toInstant();
        Instant second = exact.truncatedTo(ChronoUnit.SECONDS);
        return second.equals(exact) ? exact : second.plusSeconds(1);
    }

    /**
     * Writes the object unless its key exists (If-None-Match), locked in compliance mode until the given time.
     *
     * @return the written version's id, or empty when the key already existed (or another writer is putting it)
     */
    public Optional<String> putOnce(String key, byte[] body, Instant retainUntil) {
        try {
            String version = s3.putObject(
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
                            RequestBody.fromBytes(body))
                    .versionId();
            requireLocked(key, version, retainUntil);
            return Optional.of(version);
        } catch (S3Exception e) {
            // 412: the key exists; 409: another writer is putting it right now
            if (e.statusCode() == 412 || e.statusCode() == 409) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Makes sure the server applied the lock asked for, and sets it on the version if it did not (a server that
     * ignores a put's lock headers but honours PutObjectRetention).
     */
    public void requireLocked(String key, String versionId, Instant retainUntil) {
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

    /** The oldest version of every key under the prefix that the filter accepts; delete markers are not versions. */
    public TreeMap<String, ObjectVersion> originals(String prefix, Predicate<String> keys) {
        TreeMap<String, ObjectVersion> originals = new TreeMap<>();
        s3.listObjectVersionsPaginator(b -> b.bucket(bucket).prefix(prefix)).versions().stream()
                .filter(version -> keys.test(version.key()))
                // S3 lists the versions of a key newest first, so on a tie in time the one listed later is older
                .forEach(version -> originals.merge(
                        version.key(),
                        version,
                        (seen, next) -> next.lastModified().isAfter(seen.lastModified()) ? seen : next));
        return originals;
    }

    /** The bytes of one version of a key. */
    public byte[] read(String key, ObjectVersion version) {
        return s3.getObjectAsBytes(b -> b.bucket(bucket).key(key).versionId(version.versionId()))
                .asByteArray();
    }
}
