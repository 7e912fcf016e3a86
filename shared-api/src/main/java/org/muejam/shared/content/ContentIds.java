package org.muejam.shared.content;

import java.util.UUID;
import java.util.regex.Pattern;

/** The ids of content: a kind prefix and a random UUID ({@code story:…}, {@code chapter:…}, {@code comment:…},
 * {@code whisper:…}). */
public final class ContentIds {

    public static final String STORY = "story:";
    public static final String CHAPTER = "chapter:";
    public static final String COMMENT = "comment:";
    public static final String WHISPER = "whisper:";

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private ContentIds() {}

    public static String random(String prefix) {
        return prefix + UUID.randomUUID();
    }

    /** Whether {@code id} is a well-formed id of the kind {@code prefix} names (anything else is unknown). */
    public static boolean isValid(String prefix, String id) {
        return id != null
                && id.length() == prefix.length() + 36
                && id.startsWith(prefix)
                && UUID_TEXT.matcher(id.substring(prefix.length())).matches();
    }
}
