package org.muejam.infra.support;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An authenticator app independent of the platform's code: Debian's oathtool when it is installed, otherwise a
 * small RFC 6238 implementation on javax.crypto written here.
 */
public final class Authenticator {

    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final DateTimeFormatter OATH_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    static final boolean OATHTOOL = oathtoolInstalled();

    private Authenticator() {}

    public static String name() {
        return OATHTOOL ? "oathtool" : "in-test RFC 6238";
    }

    /** The six-digit code the app shows at {@code at} for a base32 secret. */
    public static String code(String base32Secret, Instant at) {
        return OATHTOOL ? oathtool(base32Secret, at) : rfc6238(base32Secret, at);
    }

    /** The code of the time step after the current one (accepted within the allowed clock drift). */
    public static String nextCode(String base32Secret) {
        return code(base32Secret, Instant.now().plusSeconds(30));
    }

    static String oathtool(String secret, Instant at) {
        try {
            Process process = new ProcessBuilder("oathtool", "--totp", "-b", "--now", OATH_TIME.format(at), secret)
                    .redirectErrorStream(true)
                    .start();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("oathtool did not finish");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.exitValue() != 0 || !output.matches("\\d{6}")) {
                throw new AssertionError("oathtool failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The in-test RFC 6238 generator alone, whether or not oathtool is installed. */
    static String rfc6238(String secret, Instant at) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(base32(secret), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8)
                    .putLong(Math.floorDiv(at.getEpochSecond(), 30))
                    .array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24)
                    | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] base32(String text) {
        ByteBuffer out = ByteBuffer.allocate(text.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : text.toCharArray()) {
            buffer = (buffer << 5) | BASE32.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return out.array();
    }

    private static boolean oathtoolInstalled() {
        try {
            Process process = new ProcessBuilder("oathtool", "--version")
                    .redirectErrorStream(true)
                    .start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
