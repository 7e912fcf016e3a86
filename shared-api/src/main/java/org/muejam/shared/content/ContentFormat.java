package org.muejam.shared.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How an author wrote a chapter's content: HTML (the default) or Markdown, turned into HTML before it is stored. */
public enum ContentFormat {
    HTML,
    MARKDOWN;

    /** The format a request names, in any letter case; empty for anything else. */
    public static Optional<ContentFormat> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String upper = name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.name().equals(upper)).findFirst();
    }
}
