package org.muejam.shared.gdpr;

import org.muejam.shared.content.ContentIds;

/** The ids of data exports ({@code export:<uuid>}), shaped and checked like the ids of content. */
public final class GdprIds {

    public static final String EXPORT = "export:";

    private GdprIds() {}

    public static String randomExport() {
        return ContentIds.random(EXPORT);
    }

    /** Whether {@code id} is a well-formed export id (anything else is unknown). */
    public static boolean isExport(String id) {
        return ContentIds.isValid(EXPORT, id);
    }
}
