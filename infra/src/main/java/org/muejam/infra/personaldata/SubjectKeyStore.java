package org.muejam.infra.personaldata;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One AES-256 data key per data subject, stored wrapped (AES-GCM) by the master key. Erasing a subject deletes
 * its key; everything encrypted with it becomes unreadable for good.
 */
public class SubjectKeyStore {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final SecretKey masterKey;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, SecretKey> cache = new ConcurrentHashMap<>();

    public SubjectKeyStore(JdbcTemplate jdbc, PlatformTransactionManager transactions, byte[] masterKey) {
        if (masterKey.length != 32) {
            throw new IllegalArgumentException("the master key must be 32 bytes (base64 of 32 random bytes)");
        }
        this.jdbc = jdbc;
        this.masterKey = new SecretKeySpec(masterKey, "AES");
        this.ownTransaction = new TransactionTemplate(transactions);
        // erasure commits on its own, whatever the caller does afterwards
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The subject's key, created on first use. */
    public SecretKey keyFor(String subjectId) {
        SecretKey cached = cache.get(subjectId);
        if (cached != null) {
            return cached;
        }
        SecretKey key = find(subjectId).orElseGet(() -> create(subjectId));
        rememberOnceCommitted(subjectId, key);
        return key;
    }

    /**
     * A key created in a transaction that rolls back is gone: cached, it would encrypt later data with a key that
     * no longer exists. So a key read or made inside a transaction is cached only after that transaction commits.
     */
    private void rememberOnceCommitted(String subjectId, SecretKey key) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            cache.put(subjectId, key);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                cache.put(subjectId, key);
            }
        });
    }

    /** The subject's key, or empty once the subject has been erased (or never had personal data). */
    public Optional<SecretKey> existingKeyFor(String subjectId) {
        SecretKey cached = cache.get(subjectId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<SecretKey> key = find(subjectId);
        key.ifPresent(k -> cache.put(subjectId, k));
        return key;
    }

    /** Crypto-shreds the subject: every personal field encrypted for it reads back as its placeholder. */
    public boolean erase(String subjectId) {
        cache.remove(subjectId);
        int deleted = ownTransaction.execute(
                status -> jdbc.update("DELETE FROM subject_key WHERE subject_id = ?", subjectId));
        cache.remove(subjectId);
        return deleted > 0;
    }

    private Optional<SecretKey> find(String subjectId) {
        List<byte[]> rows = jdbc.query(
                "SELECT wrapped_key FROM subject_key WHERE subject_id = ?", (rs, i) -> rs.getBytes(1), subjectId);
        return rows.stream().findFirst().map(wrapped -> unwrap(subjectId, wrapped));
    }

    /**
     * Made in the caller's transaction (the command's): the key commits with the events it encrypts, or neither
     * does. A transaction of its own would hold a second pooled connection while the command holds one, which
     * starves the pool under concurrent commands.
     */
    private SecretKey create(String subjectId) {
        SecretKey key = newDataKey();
        byte[] wrapped = wrap(subjectId, key);
        jdbc.update(
                "INSERT INTO subject_key (subject_id, wrapped_key) VALUES (?, ?) ON CONFLICT DO NOTHING",
                subjectId,
                wrapped);
        // Another transaction may have won the race (the insert waited for it to commit): its key counts.
        return find(subjectId).orElseThrow();
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
}
