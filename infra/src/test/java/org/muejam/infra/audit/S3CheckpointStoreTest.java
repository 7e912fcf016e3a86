package org.muejam.infra.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.WithS3StandIn;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectLockRetention;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * The S3 checkpoint store against a real S3-compatible server, Adobe S3Mock, run as a process of its own. S3Mock
 * keeps Object Lock settings (bucket lock, per-version retention) but does not enforce them: it deletes a locked
 * version when asked, so that refusal, which S3 itself guarantees, cannot be tested here. It also ignores the lock
 * headers of a put, which the store makes up for by setting the retention on the version it wrote (see
 * {@link #thePutItselfAsksForTheLockAndOnlyWritesANewKey}, which checks the put asks S3 for the lock).
 */
class S3CheckpointStoreTest extends WithS3StandIn {

    /** Now, to the nanosecond: S3 refuses a retention that has already ended. */
    private static final Instant SIGNED_AT =
            Instant.now().truncatedTo(ChronoUnit.SECONDS).plusNanos(123_456_789);

    @Test
    void publishedCheckpointsComeBackInPositionOrderAndTheLatestIsTheHighest() {
        String bucket = lockedBucket();
        try (S3CheckpointStore store = store(bucket, Period.ofYears(7))) {
            SignedCheckpoint middle = checkpoint(42);
            SignedCheckpoint first = checkpoint(7);
            SignedCheckpoint last = checkpoint(1_000_000_000_123L);
            store.publish(middle);
            store.publish(last);
            store.publish(first);
            // other objects under the prefix or beside it are not checkpoints
            putRaw(bucket, "audit-checkpoints/README.txt", "not a checkpoint");
            putRaw(bucket, "elsewhere/0000000000000000001.json", "{}");

            assertThat(store.all()).containsExactly(first, middle, last);
            assertThat(store.latest()).contains(last);
        }
    }

    @Test
    void anEmptyBucketHasNoCheckpoints() {
        try (S3CheckpointStore store = store(lockedBucket(), Period.ofYears(7))) {
            assertThat(store.all()).isEmpty();
            assertThat(store.latest()).isEmpty();
        }
    }

    @Test
    void eachCheckpointIsOneJsonObjectOfItsFourFieldsUnderItsZeroPaddedPosition() throws Exception {
        String bucket = lockedBucket();
        try (S3CheckpointStore store = store(bucket, Period.ofYears(7))) {
            store.publish(checkpoint(42));
        }

        String body = s3.getObjectAsBytes(b -> b.bucket(bucket).key("audit-checkpoints/0000000000000000042.json"))
                .asUtf8String();
        Map<String, Object> fields = new ObjectMapper().readValue(body, new TypeReference<>() {});
        assertThat(fields)
                .containsOnlyKeys("position", "chainHead", "signedAt", "signature")
                .containsEntry("position", 42)
                .containsEntry("signedAt", SIGNED_AT.toString());
    }

    @Test
    void eachCheckpointIsLockedInComplianceModeUntilItsSigningTimePlusTheRetention() {
        String bucket = lockedBucket();
        try (S3CheckpointStore store = store(bucket, Period.ofYears(7))) {
            store.publish(checkpoint(42));
        }

        ObjectLockRetention retention = s3.getObjectRetention(
                        b -> b.bucket(bucket).key("audit-checkpoints/0000000000000000042.json"))
                .retention();
        assertThat(retention.mode()).isEqualTo(ObjectLockRetentionMode.COMPLIANCE);
        // seven years after signing, up to the next whole second
        assertThat(retention.retainUntilDate())
                .isEqualTo(SIGNED_AT
                        .atOffset(ZoneOffset.UTC)
                        .plusYears(7)
                        .toInstant()
                        .truncatedTo(ChronoUnit.SECONDS)
                        .plusSeconds(1));
    }

    @Test
    void thePutItselfAsksForTheLockAndOnlyWritesANewKey() {
        String bucket = lockedBucket();
        List<SdkHttpRequest> puts = new CopyOnWriteArrayList<>();
        ExecutionInterceptor recorder = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                if (context.request() instanceof PutObjectRequest) {
                    puts.add(context.httpRequest());
                }
            }
        };
        S3Client recorded = server.clientBuilder()
                .overrideConfiguration(c -> c.addExecutionInterceptor(recorder))
                .build();
        try (S3CheckpointStore store =
                new S3CheckpointStore(recorded, bucket, "audit-checkpoints/", Period.ofDays(30))) {
            store.publish(checkpoint(42));
        }

        assertThat(puts).singleElement().satisfies(put -> {
            assertThat(put.firstMatchingHeader("If-None-Match")).contains("*");
            assertThat(put.firstMatchingHeader("x-amz-object-lock-mode")).contains("COMPLIANCE");
            assertThat(put.firstMatchingHeader("x-amz-object-lock-retain-until-date"))
                    .hasValueSatisfying(date -> assertThat(Instant.parse(date))
                            .isEqualTo(SIGNED_AT
                                    .plus(30, ChronoUnit.DAYS)
                                    .truncatedTo(ChronoUnit.SECONDS)
                                    .plusSeconds(1)));
            // S3 refuses a put with a retention unless it carries a checksum of its content
            assertThat(put.firstMatchingHeader("x-amz-sdk-checksum-algorithm")).contains("SHA256");
        });
    }

    @Test
    void aDifferentCheckpointAtAPublishedPositionIsRefusedAndTheFirstIsKept() {
        String bucket = lockedBucket();
        try (S3CheckpointStore store = store(bucket, Period.ofYears(7))) {
            SignedCheckpoint original = checkpoint(42);
            store.publish(original);
            SignedCheckpoint forged = new SignedCheckpoint(42, "f".repeat(64), SIGNED_AT, "Zm9yZ2Vk");

            assertThatThrownBy(() -> store.publish(forged))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("a different checkpoint is already published at position 42");

            assertThat(store.all()).containsExactly(original);
            assertThat(versionsOf(bucket, "audit-checkpoints/0000000000000000042.json"))
                    .isEqualTo(1);
        }
    }

    @Test
    void publishingTheSameCheckpointAgainChangesNothing() {
        String bucket = lockedBucket();
        try (S3CheckpointStore store = store(bucket, Period.ofYears(7))) {
            SignedCheckpoint checkpoint = checkpoint(42);
            store.publish(checkpoint);
            store.publish(checkpoint);

            assertThat(store.all()).containsExactly(checkpoint);
            assertThat(versionsOf(bucket, "audit-checkpoints/0000000000000000042.json"))
                    .isEqualTo(1);
        }
    }

    @Test
    void aNewerVersionPutBehindTheStoresBackDoesNotReplaceThePublishedCheckpoint() {
        String bucket = lockedBucket();
        try (S3CheckpointStore store = store(bucket, Period.ofYears(7))) {
            SignedCheckpoint original = checkpoint(42);
            store.publish(original);
            // anyone with write access to a versioned bucket can put a new version; the locked one stays underneath
            putRaw(
                    bucket,
                    "audit-checkpoints/0000000000000000042.json",
                    "{\"position\":42,\"chainHead\":\"" + "f".repeat(64) + "\",\"signedAt\":\"" + SIGNED_AT
                            + "\",\"signature\":\"Zm9yZ2Vk\"}");

            assertThat(store.all()).containsExactly(original);
            assertThat(store.latest()).contains(original);
        }
    }

    @Test
    void anObjectWhoseContentIsNotTheCheckpointItsKeyNamesIsReported() {
        String bucket = lockedBucket();
        putRaw(bucket, "audit-checkpoints/0000000000000000042.json", "{\"position\":43}");
        try (S3CheckpointStore store = store(bucket, Period.ofYears(7))) {
            assertThatThrownBy(store::all)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("audit-checkpoints/0000000000000000042.json");
        }
    }

    @Test
    void openingFailsForABucketWithoutObjectLock() {
        String bucket = "plain-" + UUID.randomUUID();
        s3.createBucket(b -> b.bucket(bucket));

        assertThatThrownBy(() -> S3CheckpointStore.open(settings(bucket, null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(bucket)
                .hasMessageContaining("does not have S3 Object Lock enabled");
    }

    @Test
    void openingFailsForABucketThatDoesNotExist() {
        String bucket = "missing-" + UUID.randomUUID();

        assertThatThrownBy(() -> S3CheckpointStore.open(settings(bucket, null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(bucket)
                .hasMessageContaining("does not exist");
    }

    @Test
    void openingFailsWithoutABucketNamingTheVariableToSet() {
        assertThatThrownBy(() -> S3CheckpointStore.open(settings(null, null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MUEJAM_AUDIT_CHECKPOINTS_S3_BUCKET");
    }

    @Test
    void theOfflineCheckReadsTheCheckpointsFromEnvironmentVariables() {
        String bucket = lockedBucket();
        SignedCheckpoint checkpoint = checkpoint(42);
        try (S3CheckpointStore store = store(bucket, Period.ofYears(7))) {
            store.publish(checkpoint);
        }

        Map<String, String> env = Map.of(
                "MUEJAM_AUDIT_CHECKPOINTS_S3_BUCKET",
                bucket,
                "MUEJAM_AUDIT_CHECKPOINTS_S3_ENDPOINT",
                server.endpoint().toString(),
                "MUEJAM_AUDIT_CHECKPOINTS_S3_PATH_STYLE_ACCESS",
                "true");
        try (S3CheckpointStore offline = S3CheckpointStore.fromEnvironment(env)) {
            assertThat(offline.all()).containsExactly(checkpoint);
        }
    }

    @Test
    void theEnvironmentVariablesBindTheSameSettingsAsSpring() {
        S3CheckpointProperties settings = S3CheckpointProperties.fromEnvironment(Map.of(
                "MUEJAM_AUDIT_CHECKPOINTS_S3_BUCKET", "checkpoints",
                "MUEJAM_AUDIT_CHECKPOINTS_S3_PREFIX", "prod/",
                "MUEJAM_AUDIT_CHECKPOINTS_S3_REGION", "eu-central-1",
                "MUEJAM_AUDIT_CHECKPOINTS_S3_RETENTION", "10y"));

        assertThat(settings)
                .isEqualTo(new S3CheckpointProperties(
                        "checkpoints", "prod/", "eu-central-1", null, false, Period.ofYears(10)));
        assertThat(S3CheckpointProperties.fromEnvironment(Map.of()))
                .isEqualTo(
                        new S3CheckpointProperties(null, "audit-checkpoints/", null, null, false, Period.ofYears(7)));
    }

    // --- Spring wiring: the bean that MUEJAM_CHECKPOINT_STORE=s3 selects ---

    private static ApplicationContextRunner context() {
        return new ApplicationContextRunner().withUserConfiguration(S3CheckpointConfig.class);
    }

    @Test
    void withTheS3StoreSelectedTheCheckpointStoreIsTheS3AdapterWithItsSettings() {
        String bucket = lockedBucket();
        context()
                .withPropertyValues(
                        "muejam.audit.checkpoints.store=s3",
                        "muejam.audit.checkpoints.s3.bucket=" + bucket,
                        "muejam.audit.checkpoints.s3.endpoint=" + server.endpoint(),
                        "muejam.audit.checkpoints.s3.path-style-access=true",
                        "muejam.audit.checkpoints.s3.prefix=checkpoints/",
                        "muejam.audit.checkpoints.s3.retention=30d")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    CheckpointStore store = context.getBean(CheckpointStore.class);
                    assertThat(store).isInstanceOf(S3CheckpointStore.class);

                    store.publish(checkpoint(42));
                    assertThat(store.latest()).contains(checkpoint(42));
                });

        assertThat(s3.getObjectRetention(b -> b.bucket(bucket).key("checkpoints/0000000000000000042.json"))
                        .retention()
                        .retainUntilDate())
                .isEqualTo(SIGNED_AT
                        .plus(30, ChronoUnit.DAYS)
                        .truncatedTo(ChronoUnit.SECONDS)
                        .plusSeconds(1));
    }

    @Test
    void withTheS3StoreSelectedStartUpFailsForABucketWithoutObjectLock() {
        String bucket = "plain-" + UUID.randomUUID();
        s3.createBucket(b -> b.bucket(bucket));

        context()
                .withPropertyValues(
                        "muejam.audit.checkpoints.store=s3",
                        "muejam.audit.checkpoints.s3.bucket=" + bucket,
                        "muejam.audit.checkpoints.s3.endpoint=" + server.endpoint(),
                        "muejam.audit.checkpoints.s3.path-style-access=true")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("does not have S3 Object Lock enabled"));
    }

    @Test
    void withTheS3StoreSelectedStartUpFailsWithoutABucket() {
        context()
                .withPropertyValues("muejam.audit.checkpoints.store=s3")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("MUEJAM_AUDIT_CHECKPOINTS_S3_BUCKET"));
    }

    @Test
    void withAnotherStoreSelectedNoS3ClientIsMadeAndNothingIsRequired() {
        context().withPropertyValues("muejam.audit.checkpoints.store=file").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(CheckpointStore.class);
        });
        context().run(context -> assertThat(context).doesNotHaveBean(CheckpointStore.class));
    }

    // --- helpers ---

    /** A bucket as production needs it: created with Object Lock, which on S3 also turns versioning on. */
    private static String lockedBucket() {
        return server.lockedBucket();
    }

    private static S3CheckpointStore store(String bucket, Period retention) {
        return new S3CheckpointStore(server.client(), bucket, "audit-checkpoints/", retention);
    }

    private static S3CheckpointProperties settings(String bucket, String prefix) {
        return new S3CheckpointProperties(bucket, prefix, null, server.endpoint(), true, null);
    }

    private static SignedCheckpoint checkpoint(long position) {
        return new SignedCheckpoint(
                position, String.format("%064x", position), SIGNED_AT, "c2lnbmF0dXJlLW9mLQ==" + position);
    }

    private static void putRaw(String bucket, String key, String content) {
        s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString(content, StandardCharsets.UTF_8));
    }

    private static long versionsOf(String bucket, String key) {
        return s3.listObjectVersionsPaginator(b -> b.bucket(bucket).prefix(key)).versions().stream()
                .filter(version -> version.key().equals(key))
                .count();
    }
}
