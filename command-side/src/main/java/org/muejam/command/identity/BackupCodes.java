package org.muejam.command.identity;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.security.Sha256;

/**
 * Single-use backup codes: ten at a time, twelve characters (about 59 random bits) shown as xxxx-xxxx-xxxx, kept
 * only as SHA-256 hashes salted with the account id.
 */
public final class BackupCodes {

    public static final int COUNT = 10;
    public static final int LENGTH = 12;
    /** Lower-case letters and digits without the look-alikes i, l, o, 0 and 1. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private BackupCodes() {}

    /** {@link #COUNT} distinct new codes. */
    public static List<String> generate(SecureRandom random) {
        Set<String> codes = new LinkedHashSet<>();
        while (codes.size() < COUNT) {
            StringBuilder code = new StringBuilder(LENGTH + 2);
            for (int i = 0; i < LENGTH; i++) {
                if (i > 0 && i % 4 == 0) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return new ArrayList<>(codes);
    }

    /** The code as typed, without blanks and dashes, in lower case. */
    public static String normalise(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]+", "").toLowerCase(Locale.ROOT);
    }

    public static String hash(UserId userId, String code) {
        return Sha256.hex(userId.value() + ":" + normalise(code));
    }

    public static List<String> hashes(UserId userId, List<String> codes) {
        return codes.stream().map(code -> hash(userId, code)).toList();
    }
}
