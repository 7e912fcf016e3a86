package org.muejam.infra.moderation.abuse;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.muejam.infra.web.IpAddresses;

/**
 * Keyed hashes (HMAC-SHA256, with a key derived from the master key for this purpose alone) under which the detector
 * counts addresses and texts: its tables never hold an address or a text, and a hash cannot be reversed by trying
 * every address without the key. An IPv6 address counts as its /64 network, which one subscriber usually holds.
 */
public final class AbuseKeys {

    private static final String PURPOSE = "muejam abuse detection v1";

    private final byte[] key;

    public AbuseKeys(byte[] masterKey) {
        this.key = hmac(masterKey, PURPOSE);
    }

    /** The key of the address's network, or empty when the text is no address (absent, erased, garbage). */
    public Optional<String> network(String address) {
        return IpAddresses.parseBare(address).map(AbuseKeys::networkOf).map(network -> hash("network " + network));
    }

    /** The key of a normalized text. */
    public String text(String normalized) {
        return hash("text " + normalized);
    }

    static String networkOf(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] prefix = Arrays.copyOf(address.getAddress(), 8);
            return "ipv6 " + Base64.getEncoder().encodeToString(prefix) + "/64";
        }
        return "ipv4 " + address.getHostAddress();
    }

    private String hash(String message) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key, message));
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
