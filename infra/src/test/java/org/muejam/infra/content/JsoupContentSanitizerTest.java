package org.muejam.infra.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Known cases of the allow-list, by example; ContentSanitizationProperties covers the hostile ground. */
class JsoupContentSanitizerTest {

    private final JsoupContentSanitizer sanitizer = new JsoupContentSanitizer();

    @Test
    void storyMarkupStaysAsWritten() {
        String story = "<h2>Chapter 1</h2><p>It was a <strong>dark</strong> and <em>stormy</em> night.<br>"
                + "Really.</p><blockquote><p>Quoted</p></blockquote><ul><li>one</li><li><s>two</s></li></ul>"
                + "<pre><code>x = 1</code></pre><hr>";

        assertThat(sanitizer.sanitize(story)).isEqualTo(story);
    }

    @Test
    void scriptsHandlersAndUnknownElementsGoButTheirTextStays() {
        assertThat(sanitizer.sanitize("<p onclick=\"steal()\">Hi <span class=x>there</span><script>alert(1)</script>"
                        + "</p><div>more</div>"))
                .isEqualTo("<p>Hi there</p>more");
    }

    @Test
    void linksKeepHttpHttpsAndMailtoOnlyAndNeverPassOnRankOrReferrer() {
        assertThat(sanitizer.sanitize(
                        "<a href=\"https://example.org/a\" title=\"A\" rel=\"opener\" target=\"_blank\">" + "a</a>"))
                .isEqualTo("<a href=\"https://example.org/a\" title=\"A\" rel=\"nofollow noopener"
                        + " noreferrer\">a</a>");
        assertThat(sanitizer.sanitize("<a href=\"mailto:me@example.org\">m</a>"))
                .isEqualTo("<a href=\"mailto:me@example.org\" rel=\"nofollow noopener noreferrer\">m</a>");
        assertThat(sanitizer.sanitize("<a href=\"jav&#x09;ascript:alert(1)\">x</a>"))
                .isEqualTo("<a rel=\"nofollow noopener noreferrer\">x</a>");
        assertThat(sanitizer.sanitize("<a href=\"/relative\">x</a>"))
                .isEqualTo("<a rel=\"nofollow noopener noreferrer\">x</a>");
    }

    @Test
    void embeddedAndStyledContentDisappearsWhole() {
        assertThat(sanitizer.sanitize("<iframe src=\"https://example.org\"></iframe><style>p{}</style>"
                        + "<svg onload=alert(1)><circle/></svg><img src=x onerror=alert(1)>ok"))
                .isEqualTo("ok");
    }

    @Test
    void textThatLooksLikeMarkupIsEscaped() {
        assertThat(sanitizer.sanitize("1 < 2 & <b>3 > 2</b>")).isEqualTo("1 &lt; 2 &amp; <b>3 &gt; 2</b>");
    }

    @Test
    void nothingGivesNothing() {
        assertThat(sanitizer.sanitize(null)).isEmpty();
        assertThat(sanitizer.sanitize("  ")).isEmpty();
        assertThat(sanitizer.toPlainText(null)).isEmpty();
    }

    @Test
    void plainTextKeepsParagraphsAndLinesAndDropsMarkupAndScripts() {
        assertThat(sanitizer.toPlainText("<h1>Title</h1><p>One <strong>two</strong>\n   three.<br>Four</p>"
                        + "<ul><li>a</li><li>b</li></ul><script>alert(1)</script><p>1 &lt; 2 &amp; 3</p>"))
                .isEqualTo("Title\n\nOne two three.\nFour\n\na\nb\n\n1 < 2 & 3");
    }

    @Test
    void plainTextKeepsTheLayoutOfPreformattedText() {
        assertThat(sanitizer.toPlainText("<pre>if (x) {\n    y();\n}</pre>")).isEqualTo("if (x) {\n    y();\n}");
    }

    @Test
    void markdownBecomesHtmlThatTheSanitizerThenCleans() {
        String html = sanitizer.markdownToHtml(
                "# Arrival\n\nThe *sea* and the **storm**.\n\n- one\n- two\n\n[home](https://example.org)"
                        + " [bad](javascript:alert(1))\n\n<script>alert(1)</script>");
        assertThat(sanitizer.sanitize(html))
                .contains("<h1>Arrival</h1>")
                .contains("<em>sea</em>")
                .contains("<strong>storm</strong>")
                .contains("<li>one</li>")
                .contains("<a href=\"https://example.org\" rel=\"nofollow noopener noreferrer\">home</a>")
                .doesNotContain("javascript")
                .doesNotContain("<script");
        assertThat(sanitizer.markdownToHtml("  ")).isEmpty();
        assertThat(sanitizer.markdownToHtml(null)).isEmpty();
    }

    @Test
    void deeplyNestedMarkdownStaysTextInsteadOfOverflowingTheStack() {
        String quotes = ">".repeat(100_000) + " deep";
        String emphasis = "*".repeat(50_000) + "a" + "*".repeat(50_000);
        String lists = "- ".repeat(50_000) + "item";

        assertThat(sanitizer.toPlainText(sanitizer.markdownToHtml(quotes))).contains("deep");
        assertThat(sanitizer.toPlainText(sanitizer.markdownToHtml(emphasis))).contains("a");
        assertThat(sanitizer.toPlainText(sanitizer.markdownToHtml(lists))).contains("item");
    }
}
