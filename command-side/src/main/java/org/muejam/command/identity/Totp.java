package org.muejam.command.identity;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords (RFC 6238) on java-otp: 30-second steps counted from the Unix epoch. The platform
 * uses {@link #standard()} (6 digits, HMAC-SHA1), which every authenticator app understands.
 */
public final class Totp {

    public static final Duration TIME_STEP = Duration.ofSeconds(30);
    public static final int DIGITS = 6;
    public static final String ALGORITHM = TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1;
    /** 160 bits, the HMAC-SHA1 output size RFC 4226 recommends for shared secrets. */
    public static final int SECRET_BYTES = 20;

    private static final Pattern SECRET = Pattern.compile("[A-Z2-7]{32}");
    private static final Totp STANDARD = new Totp(DIGITS, ALGORITHM);

    private final TimeBasedOneTimePasswordGenerator generator;
    private final Pattern codeShape;

    public Totp(int digits, String algorithm) {
        this.generator = new TimeBasedOneTimePasswordGenerator(TIME_STEP, digits, algorithm);
        this.codeShape = Pattern.compile("\\d{" + digits + "}");
    }

    public static Totp standard() {
        return STANDARD;
    }

    /** The time step an instant falls in. */
    public static long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), TIME_STEP.getSeconds());
    }

    /** The code of one time step, zero-padded to the configured number of digits. */
    public String codeAt(byte[] key, long step) {
        try {
            return generator.generateOneTimePasswordString(
                    new SecretKeySpec(key, generator.getAlgorithm()),
                    Instant.ofEpochSecond(step * TIME_STEP.getSeconds()),
                    Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("not a usable " + generator.getAlgorithm() + " key", e);
        }
    }

    /** Whether {@code code} is the code of {@code step}, compared in constant time. */
    public boolean matches(byte[] key, String code, long step) {
        if (code == null || !codeShape.matcher(code).matches()) {
            return false;
        }
        return MessageDigest.isEqual(
                codeAt(key, step).getBytes(StandardCharsets.US_ASCII), code.getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether the input has the shape of a code (digits only, the configured count); blanks are ignored. */
    public boolean looksLikeCode(String input) {
        return input != null && codeShape.matcher(withoutBlanks(input)).matches();
    }

    public static String withoutBlanks(String input) {
        return input == null ? null : input.replaceAll("\\s+", "");
    }

    /** A new random shared secret, in the unpadded base32 authenticator apps read. */
    public static String newSecret(SecureRandom random) {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return new Base32().encodeToString(bytes);
    }

    /** Whether a secret is one {@link #newSecret} makes (an erased one reads back as a placeholder). */
    public static boolean isWellFormedSecret(String secret) {
        return secret != null && SECRET.matcher(secret).matches();
    }

    public static byte[] keyOf(String base32Secret) {
        if (!isWellFormedSecret(base32Secret)) {
            throw new IllegalArgumentException("not a base32 secret of " + SECRET_BYTES + " bytes");
        }
        return new Base32().decode(base32Secret);
    }
}
