package org.muejam.shared.moderation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.muejam.shared.content.ContentType;

/** What a report (and so a moderation case) is about: a piece of content or a person. */
public enum ReportSubjectType {
    STORY("story"),
    CHAPTER("chapter"),
    WHISPER("whisper"),
    COMMENT("comment"),
    USER("user");

    private final String slug;

    ReportSubjectType(String slug) {
        this.slug = slug;
    }

    @JsonValue
    public String slug() {
        return slug;
    }

    /** The content type of this subject, or empty for a person. */
    public Optional<ContentType> contentType() {
        return this == USER ? Optional.empty() : ContentType.fromSlug(slug);
    }

    public static Optional<ReportSubjectType> fromSlug(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        String wanted = slug.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.slug.equals(wanted)).findFirst();
    }

    public static ReportSubjectType of(ContentType type) {
        return fromSlug(type.slug()).orElseThrow(() -> new IllegalArgumentException("not reportable: " + type));
    }

    @JsonCreator
    static ReportSubjectType fromJson(String value) {
        return fromSlug(value).orElseThrow(() -> new IllegalArgumentException("unknown subject type " + value));
    }
}
