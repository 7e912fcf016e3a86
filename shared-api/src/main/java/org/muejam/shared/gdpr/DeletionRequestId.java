package org.muejam.shared.gdpr;

import java.util.UUID;
import java.util.regex.Pattern;

/** The name of an account deletion request: "deletion:&lt;uuid&gt;". */
public final class DeletionRequestId {

    public static final String PREFIX = "deletion:";

    private static final Pattern ID =
            Pattern.compile(PREFIX + "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private DeletionRequestId() {}

    public static String random() {
        return PREFIX + UUID.randomUUID();
    }

    public static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches();
    }
}
