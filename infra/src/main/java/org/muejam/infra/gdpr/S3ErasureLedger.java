package org.muejam.infra.gdpr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.muejam.command.gdpr.ErasureLedger;
import org.muejam.infra.config.LockedBucket;
import org.muejam.shared.identity.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectVersion;

/**
 * The erasure ledger in an S3 bucket with Object Lock, one object per erased account under
 * {@code <prefix><account id>.json} (account id, request id, time; nothing personal), written once and locked in
 * compliance mode: neither a restore nor anyone holding the database's or the bucket owner's credentials can take an
 * erasure back before the retention ends. Entries are read from the oldest version of each key, so a later put over
 * a key or a delete marker changes nothing.
 */
public final class S3ErasureLedger implements ErasureLedger, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(S3ErasureLedger.class);
    private static final String SUFFIX = ".json";

    private final LockedBucket bucket;
    private final String prefix;
    private final Period retention;
    private final ObjectMapper json = new ObjectMapper();

    /** A ledger over a client made elsewhere; {@link #close()} closes that client. */
    public S3ErasureLedger(S3Client s3, String bucket, String prefix, Period retention) {
        this.bucket =
                new LockedBucket(s3, bucket, "the erasure ledger bucket", S3ErasureLedgerProperties.BUCKET_VARIABLE);
        this.prefix = prefix;
        this.retention = retention;
    }

    /**
     * The ledger the settings describe, its bucket checked: it must exist and have Object Lock enabled.
     *
     * @throws IllegalStateException naming what to fix when the bucket is not set, missing or not locked
     */
    public static S3ErasureLedger open(S3ErasureLedgerProperties settings) {
        if (settings.bucket() == null) {
            throw new IllegalStateException("MUEJAM_ERASURE_LEDGER_STORE is s3, so set "
                    + S3ErasureLedgerProperties.BUCKET_VARIABLE
                    + " to the name of a bucket created with S3 Object Lock enabled, outside the database's backups");
        }
        S3Client s3 = LockedBucket.client(
                settings.bucket(),
                settings.region(),
                settings.endpoint(),
                settings.pathStyleAccess(),
                "MUEJAM_ERASURE_LEDGER_S3_REGION");
        S3ErasureLedger ledger = new S3ErasureLedger(s3, settings.bucket(), settings.prefix(), settings.retention());
        try {
            ledger.bucket.requireObjectLock();
            return ledger;
        } catch (RuntimeException e) {
            ledger.close();
            throw e;
        }
    }

    /** Records an erasure once; recording the same account again keeps the first entry (and makes sure it is locked). */
    @Override
    public void record(Entry entry) {
        String key = key(entry.userId());
        if (bucket.putOnce(key, write(entry), LockedBucket.lockedUntil(entry.erasedAt(), retention))
                .isPresent()) {
            return;
        }
        ObjectVersion original = bucket.originals(key, key::equals).get(key);
        if (original != null) {
            Entry first = read(key, original);
            Instant from = first == null ? entry.erasedAt() : first.erasedAt();
            bucket.requireLocked(key, original.versionId(), LockedBucket.lockedUntil(from, retention));
        }
    }

    /** Every entry, oldest erasure first; an object that is not an entry is logged and left out. */
    @Override
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        bucket.originals(prefix, key -> key.startsWith(prefix) && key.endsWith(SUFFIX))
                .forEach((key, version) -> {
                    Entry entry = read(key, version);
                    if (entry != null) {
                        entries.add(entry);
                    }
                });
        entries.sort((a, b) -> a.erasedAt().compareTo(b.erasedAt()));
        return entries;
    }

    String key(UserId userId) {
        return prefix + URLEncoder.encode(userId.value(), StandardCharsets.UTF_8) + SUFFIX;
    }

    private Entry read(String key, ObjectVersion version) {
        try {
            JsonNode node = json.readTree(bucket.read(key, version));
            Entry entry = new Entry(
                    UserId.of(node.get("userId").asText()),
                    node.path("requestId").asText(null),
                    Instant.parse(node.get("erasedAt").asText()));
            if (!key.equals(key(entry.userId()))) {
                throw new IllegalArgumentException("the key does not name the entry's account");
            }
            return entry;
        } catch (IOException | RuntimeException e) {
            log.warn("erasure ledger: {}/{} is not an erasure entry, left out: {}", bucket.bucket(), key, e.toString());
            return null;
        }
    }

    private byte[] write(Entry entry) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("userId", entry.userId().value());
        fields.put("requestId", entry.requestId());
        fields.put("erasedAt", entry.erasedAt().toString());
        try {
            return json.writeValueAsBytes(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        bucket.s3().close();
    }
}
