package org.muejam.shared.apikeys;

import java.util.UUID;
import java.util.regex.Pattern;

/** The name of an API key: "key:&lt;uuid&gt;". */
public final class ApiKeyId {

    public static final String PREFIX = "key:";
    public static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private static final Pattern ID = Pattern.compile(PREFIX + UUID_PATTERN);

    private ApiKeyId() {}

    public static String random() {
        return PREFIX + UUID.randomUUID();
    }

    public static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches();
    }
}
