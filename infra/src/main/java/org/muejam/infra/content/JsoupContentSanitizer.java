package org.muejam.infra.content;

import java.util.Set;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.muejam.command.content.ContentSanitizer;
import org.springframework.stereotype.Component;

/**
 * Turns HTML written by people (stories, chapters, comments) into HTML that is safe to show to others: only an
 * allow-list of text markup survives, links keep only http, https and mailto targets and never pass on referrer
 * or ranking. Built on jsoup's cleaner: the input is parsed as a browser would (HTML5 rules), every element,
 * attribute and link protocol outside the allow-list below is dropped (the text inside a dropped element stays,
 * except for script, style and the like, whose content never was text), and the result is serialised again.
 */
@Component
public class JsoupContentSanitizer implements ContentSanitizer {

    /** The markup a story or comment may carry: text structure and emphasis, nothing that loads or runs. */
    public static final Set<String> ALLOWED_TAGS = Set.of(
            "p",
            "br",
            "strong",
            "em",
            "b",
            "i",
            "u",
            "s",
            "blockquote",
            "ul",
            "ol",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "a",
            "code",
            "pre",
            "hr");

    public static final Set<String> LINK_PROTOCOLS = Set.of("http", "https", "mailto");
    /** Links to elsewhere earn the target no ranking, cannot reach back into our page and tell it nothing. */
    public static final String LINK_REL = "nofollow noopener noreferrer";

    /** Blocks followed by a blank line in plain text, and blocks that only end a line. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "blockquote", "ul", "ol", "h1", "h2", "h3", "h4", "pre");

    private static final Set<String> LINES = Set.of("li", "hr");

    private final Safelist safelist = new Safelist()
            .addTags(ALLOWED_TAGS.toArray(String[]::new))
            .addAttributes("a", "href", "title")
            .addProtocols("a", "href", LINK_PROTOCOLS.toArray(String[]::new))
            .addEnforcedAttribute("a", "rel", LINK_REL)
            // without a base address a relative link cannot be resolved, so it is dropped rather than guessed at
            .preserveRelativeLinks(false);

    /**
     * CommonMark, with nesting bounded (blocks such as quotes and lists, and inline emphasis) so that a short text
     * of ten thousand {@code >} cannot build a tree deep enough to overflow a stack; deeper nesting stays text.
     */
    private final Parser markdown =
            Parser.builder().maxOpenBlockParsers(32).maxInlineNesting(32).build();

    private final HtmlRenderer markdownHtml = HtmlRenderer.builder().build();

    private final Document.OutputSettings output =
            new Document.OutputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);

    /** Safe HTML for the given HTML; null or blank input gives an empty string. */
    @Override
    public String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return Jsoup.clean(html, "", safelist, output);
    }

    /** HTML for CommonMark text; the caller sanitizes it like any HTML (raw HTML inside the Markdown included). */
    @Override
    public String markdownToHtml(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return markdownHtml.render(markdown.parse(text));
    }

    /**
     * The text a person would read, without any markup, with paragraphs, headings, list items and line breaks as
     * line breaks: for search, excerpts and notifications. The result is text, not HTML: escape it where it is put
     * into HTML.
     */
    @Override
    public String toPlainText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        PlainText text = new PlainText();
        NodeTraversor.traverse(text, Jsoup.parseBodyFragment(sanitize(html)).body());
        return text.result();
    }

    /** Text nodes with their whitespace folded (kept inside pre); breaks and blank lines where blocks end. */
    private static final class PlainText implements NodeVisitor {
        private final StringBuilder text = new StringBuilder();

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                Element parent = textNode.parent();
                if (parent != null && parent.closest("pre") != null) {
                    text.append(textNode.getWholeText());
                } else {
                    String folded = textNode.getWholeText().replaceAll("\\s+", " ");
                    text.append(atLineStart() ? folded.stripLeading() : folded);
                }
            } else if (node instanceof Element element) {
                if ("br".equals(element.normalName())) {
                    endLine();
                    text.append('\n');
                } else if (LINES.contains(element.normalName()) || PARAGRAPHS.contains(element.normalName())) {
                    lineBreak();
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                if (PARAGRAPHS.contains(element.normalName())) {
                    lineBreak();
                    if (!text.isEmpty() && !text.toString().endsWith("\n\n")) {
                        text.append('\n');
                    }
                } else if (LINES.contains(element.normalName())) {
                    lineBreak();
                }
            }
        }

        String result() {
            return text.toString().strip();
        }

        private boolean atLineStart() {
            return text.isEmpty() || text.charAt(text.length() - 1) == '\n';
        }

        private void endLine() {
            while (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
                text.setLength(text.length() - 1);
            }
        }

        private void lineBreak() {
            endLine();
            if (!atLineStart()) {
                text.append('\n');
            }
        }
    }
}
