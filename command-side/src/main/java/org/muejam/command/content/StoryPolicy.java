package org.muejam.command.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.identity.UserId;

/**
 * The bounds and shapes of a story's details, chapters and comments (decision 0027). Texts are measured as they
 * are to be stored (after screening); the REST requests carry the same bounds, so a too-long value is refused
 * before anything is screened.
 */
public final class StoryPolicy {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 5_000;
    public static final int MAX_TAGS = 20;
    public static final int MAX_TAG = 50;
    public static final int MAX_GENRE = 50;
    public static final int MAX_LANGUAGE = 35;
    /** The width of an image id column; a longer id names no image. */
    public static final int MAX_IMAGE_ID = 64;

    public static final int MAX_CHAPTER_CONTENT = 200_000;
    public static final int MAX_COMMENT = 5_000;
    public static final int MAX_WHISPER = 1_000;

    /** The genres a story may name. */
    public static final List<String> GENRES = List.of(
            "adventure",
            "comedy",
            "drama",
            "fan-fiction",
            "fantasy",
            "historical",
            "horror",
            "literary",
            "mystery",
            "non-fiction",
            "poetry",
            "romance",
            "science-fiction",
            "short-story",
            "thriller",
            "young-adult",
            "other");

    /** A BCP 47 language tag in its common shapes: "en", "pt-BR", "zh-Hant-TW". */
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,4}");

    private StoryPolicy() {}

    public static String requireTitle(String title) {
        return requireText("title", title, MAX_TITLE);
    }

    public static String requireDescription(String description) {
        String value = description == null ? "" : description.strip();
        if (value.length() > MAX_DESCRIPTION) {
            throw tooLong("description", MAX_DESCRIPTION);
        }
        return value;
    }

    public static String requireChapterContent(String content) {
        return requireText("content", content, MAX_CHAPTER_CONTENT);
    }

    public static String requireCommentContent(String content) {
        return requireText("content", content, MAX_COMMENT);
    }

    public static String requireWhisperContent(String content) {
        return requireText("content", content, MAX_WHISPER);
    }

    /** The genre in its listed spelling (lower case); anything not listed is refused naming the list. */
    public static String requireGenre(String genre) {
        String value = genre == null ? "" : genre.strip().toLowerCase(Locale.ROOT);
        if (!GENRES.contains(value)) {
            throw DomainRuleViolation.invalid(
                    "unknown-genre", "genre", "genre must be one of " + String.join(", ", GENRES));
        }
        return value;
    }

    /** Tags trimmed and in lower case, each once in its first position; at most 20 of at most 50 characters. */
    public static List<String> requireTags(List<String> tags) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String tag : tags == null ? List.<String>of() : tags) {
            String value = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
            if (value.isEmpty()) {
                throw DomainRuleViolation.invalid("invalid-tag", "tags", "a tag must not be empty");
            }
            if (value.length() > MAX_TAG) {
                throw tooLong("tags", MAX_TAG);
            }
            distinct.add(value);
        }
        if (distinct.size() > MAX_TAGS) {
            throw DomainRuleViolation.invalid("too-many-tags", "tags", "a story has at most " + MAX_TAGS + " tags");
        }
        return new ArrayList<>(distinct);
    }

    /** A language tag, or null when none is given. */
    public static String requireLanguage(String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        String value = language.strip();
        if (value.length() > MAX_LANGUAGE || !LANGUAGE.matcher(value).matches()) {
            throw DomainRuleViolation.invalid(
                    "invalid-language", "language", "language must be a language tag such as en or pt-BR");
        }
        return value;
    }

    public static void requireAuthor(UserId author, UserId requester) {
        if (requester == null || !requester.equals(author)) {
            throw new DomainRuleViolation(
                    DomainRuleViolation.Kind.FORBIDDEN,
                    "not-story-author",
                    null,
                    "only the story's author may do this");
        }
    }

    private static String requireText(String field, String text, int max) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw DomainRuleViolation.invalid("empty-" + field, field, field + " must not be empty");
        }
        if (value.length() > max) {
            throw tooLong(field, max);
        }
        return value;
    }

    private static DomainRuleViolation tooLong(String field, int max) {
        return DomainRuleViolation.invalid("too-long", field, field + " has at most " + max + " characters");
    }
}
