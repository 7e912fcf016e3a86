package org.muejam.shared.reading;

import org.muejam.shared.content.ContentIds;

/** The ids of reading lists ({@code list:<uuid>}), shaped and checked like the ids of content. */
public final class ReadingIds {

    public static final String LIST = "list:";

    private ReadingIds() {}

    public static String randomList() {
        return ContentIds.random(LIST);
    }

    /** Whether {@code id} is a well-formed reading list id (anything else is unknown). */
    public static boolean isList(String id) {
        return ContentIds.isValid(LIST, id);
    }
}
