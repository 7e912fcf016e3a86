package org.muejam.command.content;

/**
 * Turns HTML written by people (stories, chapters, comments) into HTML that is safe to show to others: only an
 * allow-list of text markup survives, links keep only http, https and mailto targets and never pass on referrer
 * or ranking. Every content command stores what {@link #sanitize} returns, never what the client sent.
 */
public interface ContentSanitizer {

    /** Safe HTML for the given HTML; null or blank input gives an empty string. */
    String sanitize(String html);

    /**
     * The text a person would read, without any markup, with paragraphs, headings, list items and line breaks as
     * line breaks: for search, excerpts and notifications. The result is text, not HTML: escape it where it is put
     * into HTML.
     */
    String toPlainText(String html);
}
