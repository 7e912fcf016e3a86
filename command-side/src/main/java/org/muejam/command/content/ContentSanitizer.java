package org.muejam.command.content;

/**
 * Turns HTML written by people into HTML that is safe to show to others, and gives the text a reader would read
 * (for word counts, search and excerpts). Its adapter is jsoup's cleaner with the platform's allow-list
 * (decision 0008).
 */
public interface ContentSanitizer {

    /** Safe HTML for the given HTML; null or blank input gives an empty string. */
    String sanitize(String html);

    /** The text without any markup, paragraphs and line breaks as line breaks. */
    String toPlainText(String html);

    /**
     * HTML for a text written in Markdown (CommonMark), not yet sanitized: what it returns goes through
     * {@link #sanitize} like any HTML. Null or blank input gives an empty string.
     */
    String markdownToHtml(String markdown);
}
