package org.muejam.infra.apikeys;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.muejam.shared.apikeys.ApiKeyId;

/**
 * The text of an API key: "mjk_&lt;uuid&gt;_&lt;64 hex digits&gt;". The uuid names the key ("key:&lt;uuid&gt;"), the
 * hex digits are 256 random bits of which only the SHA-256 is stored.
 */
public final class ApiKeySecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern KEY = Pattern.compile("mjk_(" + ApiKeyId.UUID_PATTERN + ")_([0-9a-f]{64})");

    /** A presented key split into the id it names and its secret. */
    public record Presented(String keyId, String secret) {}

    private ApiKeySecrets() {}

    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public static String text(String keyId, String secret) {
        return "mjk_" + keyId.substring(ApiKeyId.PREFIX.length()) + "_" + secret;
    }

    public static Optional<Presented> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = KEY.matcher(text.strip());
        return matcher.matches()
                ? Optional.of(new Presented(ApiKeyId.PREFIX + matcher.group(1), matcher.group(2)))
                : Optional.empty();
    }
}
