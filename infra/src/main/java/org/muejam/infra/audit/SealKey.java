package org.muejam.infra.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key the database does not hold (MUEJAM_SEAL_KEY). Two keys are derived from it: one authenticates each event
 * as it is appended (the append MAC), the other keys the chain the sealer extends over the log.
 */
public final class SealKey {

    static final String VARIABLE = "MUEJAM_SEAL_KEY";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec appendKey;
    private final SecretKeySpec chainKey;

    public SealKey(byte[] key) {
        if (key.length < 32) {
            throw new IllegalStateException(
                    VARIABLE + " must decode to at least 32 bytes, not " + key.length + " (openssl rand -base64 32)");
        }
        SecretKeySpec root = new SecretKeySpec(key, ALGORITHM);
        this.appendKey = new SecretKeySpec(derive(root, "muejam append mac v1"), ALGORITHM);
        this.chainKey = new SecretKeySpec(derive(root, "muejam seal chain v1"), ALGORITHM);
    }

    /** The key from its configured text, with a message naming the variable when it is missing or malformed. */
    public static SealKey fromBase64(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(
                    "set " + VARIABLE + " to the base64 of at least 32 random bytes (openssl rand -base64 32)");
        }
        try {
            return new SealKey(Base64.getDecoder().decode(value.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(VARIABLE + " is not valid base64");
        }
    }

    /** The append MAC: every stored column of the event but the global index. */
    public byte[] appendMac(StoredEvent event) {
        Mac mac = mac(appendKey);
        mac.update("muejam-event\n".getBytes(StandardCharsets.UTF_8));
        EventChain.columns(mac, event);
        return mac.doFinal();
    }

    /** Whether the event was appended by the platform: its append MAC is there and matches. */
    public boolean authentic(StoredEvent event, byte[] appendMac) {
        return appendMac != null && MessageDigest.isEqual(appendMac(event), appendMac);
    }

    /** The chain's link number {@code link} over the event, following the link {@code previous}. */
    public byte[] link(byte[] previous, long link, StoredEvent event) {
        Mac mac = mac(chainKey);
        mac.update("muejam-link\n".getBytes(StandardCharsets.UTF_8));
        mac.update(previous);
        mac.update(EventChain.number(link));
        mac.update(EventChain.number(event.globalIndex()));
        EventChain.columns(mac, event);
        return mac.doFinal();
    }

    private static byte[] derive(SecretKeySpec root, String purpose) {
        Mac mac = mac(root);
        return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
    }

    private static Mac mac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
