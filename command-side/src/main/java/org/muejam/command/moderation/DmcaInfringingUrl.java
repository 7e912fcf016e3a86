package org.muejam.command.moderation;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.muejam.shared.content.ContentType;

/**
 * Which content an infringing URL names: any URL (or text) holding a content id, as written or URL-decoded
 * ({@code https://muejam.example/stories/story:<uuid>}, {@code …/chapters/chapter%3A<uuid>}). The most specific id
 * wins: a comment or whisper over a chapter, a chapter over its story ({@code storyId} then the story the URL names,
 * or null when it names none).
 */
public final class DmcaInfringingUrl {

    /** The content a URL names; {@code storyId} is a chapter's story (null for the others). */
    public record Target(ContentType type, String id, String storyId) {}

    private static final Pattern ID = Pattern.compile(
            "(story|chapter|comment|whisper):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})",
            Pattern.CASE_INSENSITIVE);

    private DmcaInfringingUrl() {}

    public static Optional<Target> parse(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String story = null;
        String chapter = null;
        String comment = null;
        String whisper = null;
        for (String text : new String[] {url, decoded(url)}) {
            Matcher m = ID.matcher(text);
            while (m.find()) {
                String id =
                        m.group(1).toLowerCase(Locale.ROOT) + ":" + m.group(2).toLowerCase(Locale.ROOT);
                switch (m.group(1).toLowerCase(Locale.ROOT)) {
                    case "story" -> story = story == null ? id : story;
                    case "chapter" -> chapter = chapter == null ? id : chapter;
                    case "comment" -> comment = comment == null ? id : comment;
                    default -> whisper = whisper == null ? id : whisper;
                }
            }
        }
        if (comment != null) {
            return Optional.of(new Target(ContentType.COMMENT, comment, null));
        }
        if (whisper != null) {
            return Optional.of(new Target(ContentType.WHISPER, whisper, null));
        }
        if (chapter != null) {
            return Optional.of(new Target(ContentType.CHAPTER, chapter, story));
        }
        return story == null ? Optional.empty() : Optional.of(new Target(ContentType.STORY, story, null));
    }

    private static String decoded(String url) {
        try {
            return URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return url;
        }
    }
}
