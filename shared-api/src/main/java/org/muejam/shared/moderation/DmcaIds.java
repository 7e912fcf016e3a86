package org.muejam.shared.moderation;

import java.util.UUID;

/** A DMCA takedown notice is {@code dmca:<uuid>}; the id is also the data subject of the claimant's personal data. */
public final class DmcaIds {

    public static final String PREFIX = "dmca:";

    private DmcaIds() {}

    public static String random() {
        return PREFIX + UUID.randomUUID();
    }

    public static boolean isValid(String id) {
        return ModerationIds.isValid(PREFIX, id);
    }
}
