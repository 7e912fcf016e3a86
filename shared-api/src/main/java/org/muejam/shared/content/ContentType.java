package org.muejam.shared.content;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of content people write; the slug is how the API and the events name them. */
public enum ContentType {
    STORY("story"),
    CHAPTER("chapter"),
    WHISPER("whisper"),
    COMMENT("comment"),
    READING_LIST("reading-list");

    private final String slug;

    ContentType(String slug) {
        this.slug = slug;
    }

    @JsonValue
    public String slug() {
        return slug;
    }

    public static Optional<ContentType> fromSlug(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        String wanted = slug.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.slug.equals(wanted)).findFirst();
    }

    @JsonCreator
    static ContentType fromJson(String value) {
        return fromSlug(value).orElseThrow(() -> new IllegalArgumentException("unknown content type " + value));
    }
}
