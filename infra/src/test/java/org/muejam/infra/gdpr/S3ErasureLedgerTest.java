package org.muejam.infra.gdpr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.muejam.command.gdpr.ErasureLedger;
import org.muejam.command.gdpr.ErasureLedger.Entry;
import org.muejam.infra.support.WithS3StandIn;
import org.muejam.shared.identity.UserId;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;

/**
 * The erasure ledger in an S3 bucket with Object Lock, against a real S3-compatible server (Adobe S3Mock, which
 * keeps lock settings but does not enforce them; see S3CheckpointStoreTest), and the setting that selects it.
 */
class S3ErasureLedgerTest extends WithS3StandIn {

    private static final Instant ERASED_AT =
            Instant.now().truncatedTo(ChronoUnit.SECONDS).plusMillis(250);

    @Test
    void anErasureIsWrittenOnceLockedAndReadBackOldestFirst() {
        String bucket = server.lockedBucket();
        try (S3ErasureLedger ledger = ledger(bucket)) {
            Entry later = entry("b-" + UUID.randomUUID(), ERASED_AT.plusSeconds(60));
            Entry earlier = entry("a-" + UUID.randomUUID(), ERASED_AT);
            ledger.record(later);
            ledger.record(earlier);

            assertThat(ledger.entries()).containsExactly(earlier, later);
            var retention = s3.getObjectRetention(b -> b.bucket(bucket).key(ledger.key(earlier.userId())))
                    .retention();
            assertThat(retention.mode()).isEqualTo(ObjectLockRetentionMode.COMPLIANCE);
            // ten years after the erasure, up to the next whole second
            assertThat(retention.retainUntilDate())
                    .isEqualTo(ERASED_AT
                            .atOffset(ZoneOffset.UTC)
                            .plusYears(10)
                            .toInstant()
                            .truncatedTo(ChronoUnit.SECONDS)
                            .plusSeconds(1));
        }
    }

    @Test
    void recordingAnAccountAgainKeepsTheFirstEntry() {
        String bucket = server.lockedBucket();
        try (S3ErasureLedger ledger = ledger(bucket)) {
            Entry first = entry("again-" + UUID.randomUUID(), ERASED_AT);
            ledger.record(first);
            ledger.record(new Entry(first.userId(), "deletion:another", ERASED_AT.plusSeconds(5)));

            assertThat(ledger.entries()).containsExactly(first);
        }
    }

    @Test
    void aNewerVersionOrADeleteMarkerOverAnEntryChangesNothing() {
        String bucket = server.lockedBucket();
        try (S3ErasureLedger ledger = ledger(bucket)) {
            Entry entry = entry("kept-" + UUID.randomUUID(), ERASED_AT);
            ledger.record(entry);
            String key = ledger.key(entry.userId());
            s3.putObject(
                    b -> b.bucket(bucket).key(key),
                    RequestBody.fromString("{\"userId\":\"someone-else\",\"erasedAt\":\"" + ERASED_AT + "\"}"));
            s3.deleteObject(b -> b.bucket(bucket).key(key));

            assertThat(ledger.entries()).containsExactly(entry);
        }
    }

    @Test
    void anObjectThatIsNotAnEntryIsLeftOutAndOddAccountIdsMakeSafeKeys() {
        String bucket = server.lockedBucket();
        try (S3ErasureLedger ledger = ledger(bucket)) {
            s3.putObject(
                    b -> b.bucket(bucket).key("erasure-ledger/junk.json"),
                    RequestBody.fromBytes("not json \u0000".getBytes(StandardCharsets.UTF_8)));
            Entry odd = entry("../odd id/\u00e9\ud83d\ude00?", ERASED_AT);
            ledger.record(odd);

            assertThat(ledger.key(odd.userId())).startsWith("erasure-ledger/");
            assertThat(ledger.key(odd.userId()).substring("erasure-ledger/".length()))
                    .doesNotContain("/", " ", "?");
            assertThat(ledger.entries()).containsExactly(odd);
        }
    }

    // --- the setting that selects it ---

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({DeletionProperties.class, S3ErasureLedgerProperties.class})
    static class Settings {}

    private static ApplicationContextRunner context() {
        return new ApplicationContextRunner().withUserConfiguration(Settings.class, DeletionConfig.class);
    }

    @Test
    void withTheS3StoreSelectedTheLedgerIsTheBucket() {
        String bucket = server.lockedBucket();
        context()
                .withPropertyValues(
                        "muejam.deletion.ledger-store=s3",
                        "muejam.deletion.ledger-s3.bucket=" + bucket,
                        "muejam.deletion.ledger-s3.endpoint=" + server.endpoint(),
                        "muejam.deletion.ledger-s3.path-style-access=true",
                        "muejam.deletion.ledger-s3.prefix=ledger/",
                        "muejam.deletion.ledger-s3.retention=30d")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    ErasureLedger ledger = context.getBean(ErasureLedger.class);
                    assertThat(ledger).isInstanceOf(S3ErasureLedger.class);
                    Entry entry = entry("wired-" + UUID.randomUUID(), ERASED_AT);
                    ledger.record(entry);
                    assertThat(ledger.entries()).containsExactly(entry);
                    assertThat(s3.getObjectRetention(b -> b.bucket(bucket)
                                            .key("ledger/" + entry.userId().value() + ".json"))
                                    .retention()
                                    .retainUntilDate())
                            .isEqualTo(ERASED_AT
                                    .plus(30, ChronoUnit.DAYS)
                                    .truncatedTo(ChronoUnit.SECONDS)
                                    .plusSeconds(1));
                });
    }

    @Test
    void withTheS3StoreSelectedStartUpFailsNamingWhatIsMissingOrWrong() {
        context()
                .withPropertyValues("muejam.deletion.ledger-store=s3")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("MUEJAM_ERASURE_LEDGER_S3_BUCKET"));

        String plain = "plain-" + UUID.randomUUID();
        s3.createBucket(b -> b.bucket(plain));
        context()
                .withPropertyValues(
                        "muejam.deletion.ledger-store=s3",
                        "muejam.deletion.ledger-s3.bucket=" + plain,
                        "muejam.deletion.ledger-s3.endpoint=" + server.endpoint(),
                        "muejam.deletion.ledger-s3.path-style-access=true")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("erasure ledger bucket " + plain)
                        .hasMessageContaining("does not have S3 Object Lock enabled"));

        context()
                .withPropertyValues("muejam.deletion.ledger-store=s3", "muejam.deletion.ledger-s3.retention=0d")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("MUEJAM_ERASURE_LEDGER_S3_RETENTION"));
    }

    @Test
    void byDefaultTheLedgerIsTheFile(@TempDir Path folder) {
        Path file = folder.resolve("ledger.jsonl");
        context().withPropertyValues("muejam.deletion.ledger=" + file).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(ErasureLedger.class))
                    .isInstanceOfSatisfying(
                            FileErasureLedger.class,
                            ledger -> assertThat(ledger.file()).isEqualTo(file));
        });
    }

    private static S3ErasureLedger ledger(String bucket) {
        return new S3ErasureLedger(server.client(), bucket, "erasure-ledger/", Period.ofYears(10));
    }

    private static Entry entry(String userId, Instant at) {
        return new Entry(UserId.of(userId), "deletion:" + UUID.randomUUID(), at);
    }
}
