package org.muejam.shared.content;

import java.util.Optional;
import org.muejam.shared.text.EnumNames;

/** How an author wrote a chapter's content: HTML (the default) or Markdown, turned into HTML before it is stored. */
public enum ContentFormat {
    HTML,
    MARKDOWN;

    /** The format a request names, in any letter case; empty for anything else. */
    public static Optional<ContentFormat> parse(String name) {
        return EnumNames.parse(ContentFormat.class, name);
    }
}
