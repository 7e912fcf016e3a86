package org.muejam.infra.apikeys;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.muejam.command.apikeys.ApiKey;

/**
 * The text of an API key: "mjk_&lt;uuid&gt;_&lt;64 hex digits&gt;". The uuid names the key ("key:&lt;uuid&gt;"), the
 * hex digits are 256 random bits of which only the SHA-256 is stored.
 */
public final class ApiKeySecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final Pattern KEY = Pattern.compile("mjk_(" + UUID_PATTERN + ")_([0-9a-f]{64})");
    private static final Pattern ID = Pattern.compile(ApiKey.ID_PREFIX + UUID_PATTERN);

    /** A presented key split into the id it names and its secret. */
    public record Presented(String keyId, String secret) {}

    private ApiKeySecrets() {}

    public static String newKeyId() {
        return ApiKey.ID_PREFIX + UUID.randomUUID();
    }

    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public static String text(String keyId, String secret) {
        return "mjk_" + keyId.substring(ApiKey.ID_PREFIX.length()) + "_" + secret;
    }

    public static Optional<Presented> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = KEY.matcher(text.strip());
        return matcher.matches()
                ? Optional.of(new Presented(ApiKey.ID_PREFIX + matcher.group(1), matcher.group(2)))
                : Optional.empty();
    }

    public static boolean isKeyId(String id) {
        return id != null && ID.matcher(id).matches();
    }
}
