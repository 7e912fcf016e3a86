package org.muejam.command.testing;

import org.muejam.command.content.ContentSanitizer;

/**
 * Test double for {@link ContentSanitizer}: keeps HTML as it is; plain text is the input without its tags; Markdown
 * becomes one paragraph with its {@code **strong**} runs marked.
 */
public final class InMemoryContentSanitizer implements ContentSanitizer {

    @Override
    public String sanitize(String html) {
        return html == null ? "" : html;
    }

    @Override
    public String toPlainText(String html) {
        return html == null ? "" : html.replaceAll("<[^>]*>", " ").strip();
    }

    @Override
    public String markdownToHtml(String markdown) {
        return markdown == null || markdown.isBlank()
                ? ""
                : "<p>" + markdown.strip().replaceAll("\\*\\*([^*]+)\\*\\*", "<strong>$1</strong>") + "</p>";
    }
}
