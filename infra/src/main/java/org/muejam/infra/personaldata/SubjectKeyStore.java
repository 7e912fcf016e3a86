package org.muejam.infra.personaldata;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.muejam.infra.config.MueJamProperties.SubjectKeys;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One AES-256 data key per data subject, stored wrapped (AES-GCM) by the master key. Erasing a subject destroys its
 * key for good (the row stays as a tombstone, so the subject never gets a key again); everything encrypted with it
 * becomes unreadable. Each node keeps the keys it uses in a bounded cache; an erasure evicts the key on every node
 * ({@link SubjectKeyErasures}, told by PostgreSQL at the erasure's commit).
 */
public class SubjectKeyStore {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final SecretKey masterKey;
    private final SecureRandom random = new SecureRandom();
    private final Cache<String, Known> cache;
    /** Counts evictions, so a key read before one is not cached after it (see {@link #remember}). */
    private final AtomicLong evictions = new AtomicLong();
    /** False while this node may miss erasures of other nodes (its listener is not connected): nothing is cached. */
    private volatile boolean caching = true;

    public SubjectKeyStore(JdbcTemplate jdbc, PlatformTransactionManager transactions, byte[] masterKey) {
        this(jdbc, transactions, masterKey, new SubjectKeys(10_000, Duration.ofMinutes(10)));
    }

    public SubjectKeyStore(
            JdbcTemplate jdbc, PlatformTransactionManager transactions, byte[] masterKey, SubjectKeys settings) {
        this(jdbc, transactions, masterKey, settings, Ticker.systemTicker());
    }

    SubjectKeyStore(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            byte[] masterKey,
            SubjectKeys settings,
            Ticker ticker) {
        if (masterKey.length != 32) {
            throw new IllegalArgumentException("the master key must be 32 bytes (base64 of 32 random bytes)");
        }
        this.jdbc = jdbc;
        this.masterKey = new SecretKeySpec(masterKey, "AES");
        this.ownTransaction = new TransactionTemplate(transactions);
        // erasure commits on its own, whatever the caller does afterwards
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.cache = Caffeine.newBuilder()
                .maximumSize(settings.cacheMaximumSize())
                .expireAfterAccess(settings.cacheExpireAfterAccess())
                .ticker(ticker)
                .build();
    }

    /**
     * The subject's key, created on first use. An erased subject gets a throwaway key that is never stored: what is
     * written for them after their erasure is unreadable from the start.
     */
    public SecretKey keyFor(String subjectId) {
        Known cached = cache.getIfPresent(subjectId);
        if (cached != null) {
            return cached.key().orElseGet(this::newDataKey);
        }
        long epoch = evictions.get();
        Known known = find(subjectId);
        if (known == null) {
            known = create(subjectId);
        }
        remember(subjectId, known, epoch);
        return known.key().orElseGet(this::newDataKey);
    }

    /** The subject's key, or empty once the subject has been erased (or never had personal data). */
    public Optional<SecretKey> existingKeyFor(String subjectId) {
        Known cached = cache.getIfPresent(subjectId);
        if (cached != null) {
            return cached.key();
        }
        long epoch = evictions.get();
        Known known = find(subjectId);
        if (known == null) {
            return Optional.empty(); // not cached: the subject may get a key any moment
        }
        remember(subjectId, known, epoch);
        return known.key();
    }

    /**
     * Crypto-shreds the subject: every personal field encrypted for it reads back as its placeholder, on every node,
     * and the subject never gets a key again. The erasure commits on its own; PostgreSQL then tells every node to
     * evict the key. True when there was a key to destroy. Not to be called inside a transaction that made the
     * subject's key: the erasure would wait for that transaction, which waits for the erasure.
     */
    public boolean erase(String subjectId) {
        int destroyed = ownTransaction.execute(status -> {
            // the tombstone first: a key being created meanwhile either committed (and is destroyed below) or
            // waits for this row and finds the subject erased
            jdbc.update(
                    "INSERT INTO subject_key (subject_id, wrapped_key, erased_at) VALUES (?, NULL, now())"
                            + " ON CONFLICT DO NOTHING",
                    subjectId);
            return jdbc.update(
                    "UPDATE subject_key SET wrapped_key = NULL, erased_at = now()"
                            + " WHERE subject_id = ? AND wrapped_key IS NOT NULL",
                    subjectId);
        });
        evict(subjectId); // here at once; the other nodes when PostgreSQL tells them
        return destroyed > 0;
    }

    /** Forgets the subject's key on this node (another node erased it). */
    public void evict(String subjectId) {
        evictions.incrementAndGet();
        cache.invalidate(subjectId);
    }

    /** Forgets every key on this node, and whether to cache from now on (false while erasures could be missed). */
    public void evictAll(boolean cacheFromNowOn) {
        caching = false;
        evictions.incrementAndGet();
        cache.invalidateAll();
        caching = cacheFromNowOn;
    }

    /** How many keys this node holds in memory (at most the configured maximum, once pending evictions are done). */
    public long cachedKeys() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    /**
     * Caches what was read unless an eviction came in meanwhile: the key may have been read just before its erasure
     * committed. The check after the put closes the gap with an eviction that lands between check and put (the
     * eviction counts first, then invalidates). A key read or made inside a transaction is cached only after that
     * transaction commits: made in a transaction that rolls back, it no longer exists.
     */
    private void remember(String subjectId, Known known, long epoch) {
        Runnable put = () -> {
            if (!caching || evictions.get() != epoch) {
                return;
            }
            cache.put(subjectId, known);
            if (evictions.get() != epoch || !caching) {
                cache.invalidate(subjectId);
            }
        };
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            put.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                put.run();
            }
        });
    }

    /** The subject's key or its tombstone; null when the subject has no row yet. */
    private Known find(String subjectId) {
        List<Known> rows = jdbc.query(
                "SELECT wrapped_key FROM subject_key WHERE subject_id = ?",
                (rs, i) -> {
                    byte[] wrapped = rs.getBytes(1);
                    return wrapped == null ? Known.ERASED : new Known(Optional.of(unwrap(subjectId, wrapped)));
                },
                subjectId);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /**
     * Made in the caller's transaction (the command's): the key commits with the events it encrypts, or neither
     * does. A transaction of its own would hold a second pooled connection while the command holds one, which
     * starves the pool under concurrent commands.
     */
    private Known create(String subjectId) {
        SecretKey key = newDataKey();
        byte[] wrapped = wrap(subjectId, key);
        jdbc.update(
                "INSERT INTO subject_key (subject_id, wrapped_key) VALUES (?, ?) ON CONFLICT DO NOTHING",
                subjectId,
                wrapped);
        // Another transaction may have won the race (the insert waited for it to commit): its key, or its
        // erasure, counts.
        Known known = find(subjectId);
        if (known == null) {
            throw new IllegalStateException("the key row of " + subjectId + " vanished while it was being made");
        }
        return known;
    }

    private SecretKey newDataKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is not available", e);
        }
    }

    private byte[] wrap(String subjectId, SecretKey key) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, masterKey, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(subjectId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(key.getEncoded());
            return ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot wrap the data key of " + subjectId, e);
        }
    }

    private SecretKey unwrap(String subjectId, byte[] wrapped) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, masterKey, new GCMParameterSpec(TAG_BITS, wrapped, 0, IV_BYTES));
            cipher.updateAAD(subjectId.getBytes(StandardCharsets.UTF_8));
            byte[] raw = cipher.doFinal(wrapped, IV_BYTES, wrapped.length - IV_BYTES);
            return new SecretKeySpec(raw, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "cannot unwrap the data key of " + subjectId
                            + ": is MUEJAM_MASTER_KEY the key the data was written with?",
                    e);
        }
    }

    /** What a node knows of a subject: the key, or that it was erased (which never changes, so it is cached too). */
    private record Known(Optional<SecretKey> key) {
        static final Known ERASED = new Known(Optional.empty());
    }
}
