package org.muejam.command.testing;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A second, deliberately independent TOTP generator written from RFC 6238 / RFC 4226 on javax.crypto, so tests do
 * not check the production generator against itself.
 */
public final class Rfc6238 {

    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Rfc6238() {}

    public static String code(byte[] key, long step, int digits, String algorithm) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24)
                    | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            int modulo = (int) Math.pow(10, digits);
            return String.format("%0" + digits + "d", binary % modulo);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The six-digit HMAC-SHA1 code of a base32 secret at an instant, as authenticator apps compute it. */
    public static String code(String base32Secret, Instant at) {
        return code(base32(base32Secret), Math.floorDiv(at.getEpochSecond(), 30), 6, "HmacSHA1");
    }

    /** The six-digit HMAC-SHA1 code of a base32 secret for one time step. */
    public static String codeOfStep(String base32Secret, long step) {
        return code(base32(base32Secret), step, 6, "HmacSHA1");
    }

    public static byte[] base32(String text) {
        String clean = text.replace("=", "").toUpperCase();
        ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            int value = BASE32.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("not base32: " + c);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return out.array();
    }
}
