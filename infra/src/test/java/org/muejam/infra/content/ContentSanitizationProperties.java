package org.muejam.infra.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Content sanitization: whatever HTML a person sends — script in any letter case or encoding,
 * event-handler attributes, javascript:/vbscript:/data: links hidden behind entities, whitespace and control
 * characters, markup that loads or embeds (svg, math, iframe, object, style, ...), nested and broken tags — the
 * sanitized result holds no script element, no on* attribute and no link that is not http, https or mailto,
 * both when a browser parses it again and when its text is read as it stands; and markup on the allow-list comes
 * through unchanged.
 */
class ContentSanitizationProperties {

    private static final Map<String, Set<String>> ALLOWED_ATTRIBUTES = Map.of("a", Set.of("href", "title", "rel"));
    private static final Pattern TAG =
            Pattern.compile("<(/?)([a-z][a-z0-9]*)((?:\\s+[a-z][a-z0-9-]*=\"[^\"]*\")*)\\s*/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s+([a-z][a-z0-9-]*)=\"([^\"]*)\"");
    private static final List<String> EVENTS = List.of(
            "click", "error", "load", "mouseover", "focus", "toggle", "pointerenter", "animationstart", "begin", "x");

    private final JsoupContentSanitizer sanitizer = new JsoupContentSanitizer();

    @Property(tries = 1500)
    void nothingThatRunsSurvivesSanitizing(@ForAll("hostileHtml") String html) {
        String safe = sanitizer.sanitize(html);

        assertSafeWhenParsedAgain(safe, html);
        assertSafeAsText(safe, html);
    }

    @Property(tries = 300)
    void sanitizedOutputStaysSafeWhenSanitizedAgain(@ForAll("hostileHtml") String html) {
        String twice = sanitizer.sanitize(sanitizer.sanitize(html));

        assertSafeWhenParsedAgain(twice, html);
        assertSafeAsText(twice, html);
    }

    @Property(tries = 500)
    void allowedMarkupComesThroughUnchanged(@ForAll("allowedHtml") Sample sample) {
        assertThat(sanitizer.sanitize(sample.html())).isEqualTo(sample.expected());
    }

    @Property(tries = 300)
    void plainTextOfAllowedMarkupIsItsTextInOrderWithoutTags(@ForAll("allowedHtml") Sample sample) {
        String text = sanitizer.toPlainText(sample.html());

        assertThat(text).doesNotContain("<", ">");
        assertThat(text.replaceAll("\\s+", ""))
                .isEqualTo(Jsoup.parseBodyFragment(sample.html()).body().text().replaceAll("\\s+", ""));
    }

    // ---- what the output must satisfy ----

    /** The way a browser sees the output: parse it as the body of a page and walk every element. */
    private static void assertSafeWhenParsedAgain(String output, String input) {
        for (Element element : Jsoup.parseBodyFragment(output).body().getAllElements()) {
            if (element.normalName().equals("body")) {
                continue;
            }
            assertThat(element.normalName())
                    .as("element in %s (from %s)", output, input)
                    .isNotEqualTo("script")
                    .isIn(JsoupContentSanitizer.ALLOWED_TAGS);
            for (Attribute attribute : element.attributes()) {
                assertAllowedAttribute(element.normalName(), attribute.getKey(), attribute.getValue(), output, input);
            }
            if (element.normalName().equals("a")) {
                assertThat(element.attr("rel")).as("rel in %s", output).isEqualTo(JsoupContentSanitizer.LINK_REL);
            }
        }
    }

    /**
     * The output as it stands, without jsoup's parser: every '<' must open a well-formed tag of the allow-list
     * (text carries '<' only as &lt;), whose attributes are allowed ones with safe links.
     */
    private static void assertSafeAsText(String output, String input) {
        assertThat(output.toLowerCase(Locale.ROOT)).as("from %s", input).doesNotContain("<script");
        Matcher tag = TAG.matcher(output);
        for (int at = output.indexOf('<'); at >= 0; at = output.indexOf('<', at + 1)) {
            tag.region(at, output.length());
            assertThat(tag.lookingAt())
                    .as("well-formed tag at %d of %s (from %s)", at, output, input)
                    .isTrue();
            String name = tag.group(2);
            assertThat(name).as("tag in %s (from %s)", output, input).isIn(JsoupContentSanitizer.ALLOWED_TAGS);
            Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
            while (attribute.find()) {
                assertThat(tag.group(1))
                        .as("attributes on a closing tag in %s", output)
                        .isEmpty();
                assertAllowedAttribute(
                        name, attribute.group(1), Parser.unescapeEntities(attribute.group(2), true), output, input);
            }
        }
    }

    private static void assertAllowedAttribute(String tag, String key, String value, String output, String input) {
        String name = key.toLowerCase(Locale.ROOT);
        assertThat(name)
                .as("attribute on <%s> in %s (from %s)", tag, output, input)
                .doesNotStartWith("on")
                .isIn(ALLOWED_ATTRIBUTES.getOrDefault(tag, Set.of()));
        if (name.equals("href")) {
            // browsers ignore whitespace and control characters in a scheme; so must the check
            String scheme = value.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
            assertThat(scheme)
                    .as("link in %s (from %s)", output, input)
                    .doesNotStartWith("javascript:")
                    .doesNotStartWith("vbscript:")
                    .doesNotStartWith("data:")
                    .matches("^(https?://|mailto:).*");
        }
    }

    // ---- hostile input ----

    @Provide
    Arbitrary<String> hostileHtml() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, attacks()),
                net.jqwik.api.Tuple.of(2, allowedHtml().map(Sample::html)),
                net.jqwik.api.Tuple.of(2, markupNoise()),
                net.jqwik.api.Tuple.of(
                        1,
                        Arbitraries.of(
                                "</p>",
                                "</a>",
                                "<p>",
                                "<a href=\"https://ok.example/\">",
                                "<ul><li>",
                                "</li></ul>",
                                "<blockquote>",
                                "<pre>",
                                "<!--",
                                "-->",
                                "<![CDATA[",
                                "]]>")));
        return piece.list().ofMinSize(1).ofMaxSize(6).map(pieces -> String.join("", pieces));
    }

    private Arbitrary<String> attacks() {
        Arbitrary<String> script = caseTricks("script");
        Arbitrary<String> js = hiddenScheme("javascript:");
        Arbitrary<String> vb = hiddenScheme("vbscript:");
        Arbitrary<String> data =
                hiddenScheme("data:").map(s -> s + "text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==");
        Arbitrary<String> badUrl = Arbitraries.oneOf(
                js.map(s -> s + "alert(1)"),
                vb.map(s -> s + "msgbox(1)"),
                data,
                Arbitraries.of(
                        "//evil.example/x",
                        "/relative/path",
                        "ftp://files.example/",
                        "file:///etc/passwd",
                        "  javascript:alert(1)",
                        "\u0001javascript:alert(1)",
                        "java\u0000script:alert(1)"));
        Arbitrary<String> on = Arbitraries.of(EVENTS).flatMap(event -> caseTricks("on" + event));
        Arbitrary<String> quote = Arbitraries.of("\"", "'", "", "`");
        Arbitrary<String> space = Arbitraries.of(" ", "/", "\t", "\n", "\r\n", " \f", "  /");
        Arbitrary<String> container = Arbitraries.of(
                        "svg",
                        "math",
                        "iframe",
                        "object",
                        "embed",
                        "style",
                        "noscript",
                        "template",
                        "textarea",
                        "xmp",
                        "title",
                        "select",
                        "table",
                        "form",
                        "video",
                        "audio",
                        "img",
                        "body",
                        "frameset",
                        "marquee",
                        "details",
                        "div",
                        "span",
                        "font",
                        "xss")
                .flatMap(this::caseTricks);
        Arbitrary<String> allowed = Arbitraries.of(JsoupContentSanitizer.ALLOWED_TAGS);

        return Arbitraries.oneOf(
                // script elements in every spelling and position
                Combinators.combine(script, space, quote).as((s, sp, q) -> "<" + s + ">alert(1)</" + s + ">"),
                Combinators.combine(script, space, badUrl)
                        .as((s, sp, u) -> "<" + s + sp + "src=" + u + "></" + s + ">"),
                script.map(s -> "<" + s + "/xss src=https://evil.example/x.js>"),
                script.map(s -> "<scr<" + s + ">ipt>alert(1)</scr</" + s + ">ipt>"),
                script.map(s -> "<<" + s + ">alert(1);//<</" + s + ">"),
                script.map(s -> "<" + s + ">"),
                script.map(s -> "<" + s),
                script.map(s -> "&lt;" + s + "&gt;alert(1)&lt;/" + s + "&gt;"),
                script.map(s -> "%3C" + s + "%3Ealert(1)%3C/" + s + "%3E"),
                script.map(s -> "\\u003c" + s + "\\u003ealert(1)"),
                Combinators.combine(container, script)
                        .as((c, s) -> "<" + c + "><" + s + ">alert(1)</" + s + "></" + c + ">"),
                Combinators.combine(container, script)
                        .as((c, s) -> "<" + c + "><p title=\"</" + c + "><" + s + ">alert(1)</" + s + ">\">"),
                script.map(s -> "<math><mi><mglyph><svg><mtext><textarea><path id=\"</textarea><img src=x"
                        + " onerror=alert(1)>\">"),
                script.map(s -> "<svg><style><img src=x onerror=alert(1)></style></svg><" + s + ">x</" + s + ">"),
                script.map(s -> "<iframe srcdoc=\"<" + s + ">alert(1)</" + s + ">\"></iframe>"),
                script.map(s -> "<noscript><p title=\"</noscript><" + s + ">alert(1)</" + s + ">\"></noscript>"),
                // event handlers on allowed and other elements, with separators browsers accept
                Combinators.combine(allowed, space, on, quote)
                        .as((t, sp, o, q) -> "<" + t + sp + o + "=" + q + "alert(1)" + q + ">x</" + t + ">"),
                Combinators.combine(container, space, on).as((c, sp, o) -> "<" + c + sp + o + "=alert(1)>"),
                Combinators.combine(on, quote)
                        .as((o, q) -> "<a href=\"https://ok.example/\" " + o + "=" + q + "alert(1)" + q
                                + " title=x>link</a>"),
                on.map(o -> "<img src=x " + o + "=alert(1)>"),
                on.map(o -> "<p " + o + "\n=alert(1) " + o + "=alert(2)>x</p>"),
                on.map(o -> "<svg/" + o + "=alert(1)>"),
                on.map(o -> "<details open " + o + "=alert(1)>"),
                // dangerous link targets on links and on everything else that takes a URL
                Combinators.combine(badUrl, quote).as((u, q) -> "<a href=" + q + u + q + ">click</a>"),
                Combinators.combine(badUrl, quote).as((u, q) -> "<a title=x href=" + q + u + q + ">click</a>"),
                badUrl.map(u -> "<a href=\"" + u + "\" href=\"https://ok.example/\">click</a>"),
                badUrl.map(u -> "<a href='https://ok.example/' HREF=\"" + u + "\">click</a>"),
                badUrl.map(u -> "<iframe src=\"" + u + "\"></iframe>"),
                badUrl.map(u -> "<object data=\"" + u + "\"></object><embed src=\"" + u + "\">"),
                badUrl.map(u -> "<form action=\"" + u + "\"><button formaction=\"" + u + "\">go</button></form>"),
                badUrl.map(u -> "<meta http-equiv=\"refresh\" content=\"0;url=" + u + "\">"),
                badUrl.map(u -> "<base href=\"" + u + "\"><link rel=stylesheet href=\"" + u + "\">"),
                badUrl.map(u -> "<svg><a xlink:href=\"" + u + "\"><text>x</text></a></svg>"),
                badUrl.map(u -> "<math href=\"" + u + "\">x</math>"),
                badUrl.map(u -> "<p style=\"background:url(" + u + ")\">x</p>"),
                badUrl.map(u -> "<style>@import '" + u + "'; p{background:url(" + u + ")}</style>"),
                badUrl.map(u -> "<img src=\"" + u + "\"><video poster=\"" + u + "\"><source src=\"" + u + "\">"),
                // broken and nested markup
                Combinators.combine(container, allowed).as((c, t) -> "<" + t + "><" + c + "><" + t + " onclick=x>"),
                Arbitraries.of(
                        "<a href=\"https://ok.example/\"><a href=\"javascript:alert(1)\">x</a></a>",
                        "<p><a href=\"https://ok.example/\" <script>alert(1)</script>>x</a></p>",
                        "<a href=\"https://ok.example/\"\"onclick=\"alert(1)\">x</a>",
                        "<a href=\"https://ok.example/\" title=\"\" onclick=\"alert(1)\">x</a>",
                        "<a href=\"https://ok.example/\" title='\"onclick=alert(1) x='>x</a>",
                        "<p title=\"<script>alert(1)</script>\">x</p>",
                        "<!--><script>alert(1)</script>-->",
                        "<!-- --!><script>alert(1)</script> -->",
                        "<?xml version=\"1.0\"?><script>alert(1)</script>",
                        "<plaintext><script>alert(1)</script>",
                        "<table><tr><td><script>alert(1)</script>",
                        "<select><option><script>alert(1)</script>",
                        "<frameset onload=alert(1)>",
                        "<isindex action=javascript:alert(1) type=image>",
                        "<xss onpointerenter=alert(1)>x</xss>",
                        "<a href=\"https://ok.example/&#x22;&#x3E;&#x3C;script&#x3E;\">x</a>",
                        "<a href=\"https://ok.example/\"title=\"javascript:alert(1)\">x</a>"));
    }

    /** The word in random letter case. */
    private Arbitrary<String> caseTricks(String word) {
        return Arbitraries.of(true, false).list().ofSize(word.length()).map(upper -> {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                out.append(upper.get(i) ? Character.toUpperCase(c) : c);
            }
            return out.toString();
        });
    }

    /** A URL scheme as attackers write it: case, entities (with and without ';'), tabs and newlines inside. */
    private Arbitrary<String> hiddenScheme(String scheme) {
        Arbitrary<String> character = Arbitraries.of(0, 1, 2, 3, 4, 5, 6, 7)
                .list()
                .ofSize(scheme.length())
                .map(kinds -> {
                    StringBuilder out = new StringBuilder();
                    for (int i = 0; i < scheme.length(); i++) {
                        char c = scheme.charAt(i);
                        out.append(
                                switch (kinds.get(i)) {
                                    case 1 -> String.valueOf(Character.toUpperCase(c));
                                    case 2 -> "&#" + (int) c + ";";
                                    case 3 -> "&#x" + Integer.toHexString(c) + ";";
                                    case 4 -> "&#x" + Integer.toHexString(c).toUpperCase(Locale.ROOT);
                                    case 5 -> "&#0000" + (int) c;
                                    case 6 -> c == ':' ? "&colon;" : c + "&Tab;";
                                    case 7 -> c + (i % 2 == 0 ? "\t" : "\n");
                                    default -> String.valueOf(c);
                                });
                    }
                    return out.toString();
                });
        return Combinators.combine(Arbitraries.of("", " ", "\t", "&#32;", "\u0000", "&#14;", "\n "), character)
                .as((lead, s) -> lead + s);
    }

    private Arbitrary<String> markupNoise() {
        return Arbitraries.strings()
                .withChars("<>/=\"' \t\n&#;:!-?abcdefghijklmnopqrstuvwxyzSCRIPT")
                .ofMinLength(1)
                .ofMaxLength(30);
    }

    // ---- allowed markup, with the exact output expected ----

    record Sample(String html, String expected) {
        Sample wrap(String open, String close) {
            return new Sample(open + html + close, open + expected + close);
        }

        static Sample concat(List<Sample> parts) {
            StringBuilder html = new StringBuilder();
            StringBuilder expected = new StringBuilder();
            parts.forEach(part -> {
                html.append(part.html());
                expected.append(part.expected());
            });
            return new Sample(html.toString(), expected.toString());
        }
    }

    @Provide
    Arbitrary<Sample> allowedHtml() {
        return block(2).list().ofMinSize(1).ofMaxSize(4).map(Sample::concat);
    }

    private Arbitrary<Sample> block(int depth) {
        Arbitrary<Sample> inline = inlines(2, true);
        List<Arbitrary<Sample>> blocks = new ArrayList<>(List.of(
                inline.map(s -> s.wrap("<p>", "</p>")),
                Combinators.combine(Arbitraries.of("h1", "h2", "h3", "h4"), inline)
                        .as((h, s) -> s.wrap("<" + h + ">", "</" + h + ">")),
                Combinators.combine(
                                Arbitraries.of("ul", "ol"),
                                inline.map(s -> s.wrap("<li>", "</li>"))
                                        .list()
                                        .ofMinSize(1)
                                        .ofMaxSize(3))
                        .as((l, items) -> Sample.concat(items).wrap("<" + l + ">", "</" + l + ">")),
                text().map(t -> new Sample("<pre><code>" + t + "</code></pre>", "<pre><code>" + t + "</code></pre>")),
                Arbitraries.just(new Sample("<hr>", "<hr>"))));
        if (depth > 0) {
            blocks.add(block(depth - 1)
                    .list()
                    .ofMinSize(1)
                    .ofMaxSize(2)
                    .map(Sample::concat)
                    .map(s -> s.wrap("<blockquote>", "</blockquote>")));
        }
        return Arbitraries.oneOf(blocks);
    }

    private Arbitrary<Sample> inlines(int depth, boolean linksAllowed) {
        return inline(depth, linksAllowed).list().ofMinSize(1).ofMaxSize(3).map(Sample::concat);
    }

    private Arbitrary<Sample> inline(int depth, boolean linksAllowed) {
        Arbitrary<Sample> plain = text().map(t -> new Sample(t, t));
        if (depth == 0) {
            return Arbitraries.oneOf(plain, Arbitraries.just(new Sample("<br>", "<br>")));
        }
        List<Arbitrary<Sample>> choices = new ArrayList<>(List.of(
                plain,
                Arbitraries.just(new Sample("<br>", "<br>")),
                Combinators.combine(
                                Arbitraries.of("strong", "em", "b", "i", "u", "s", "code"),
                                inlines(depth - 1, linksAllowed))
                        .as((t, s) -> s.wrap("<" + t + ">", "</" + t + ">"))));
        if (linksAllowed) {
            choices.add(Combinators.combine(link(), inlines(depth - 1, false))
                    .as((target, s) -> new Sample(
                            "<a href=\"" + target[0] + "\"" + target[1] + ">" + s.html() + "</a>",
                            "<a href=\"" + target[0] + "\"" + target[1] + " rel=\"" + JsoupContentSanitizer.LINK_REL
                                    + "\">" + s.expected() + "</a>")));
        }
        return Arbitraries.oneOf(choices);
    }

    /** An allowed link: its href and, maybe, a title attribute as written. */
    private Arbitrary<String[]> link() {
        Arbitrary<String> href = Arbitraries.oneOf(
                Combinators.combine(
                                Arbitraries.of("http", "https"),
                                Arbitraries.strings()
                                        .withCharRange('a', 'z')
                                        .ofMinLength(1)
                                        .ofMaxLength(10),
                                Arbitraries.strings()
                                        .withCharRange('a', 'z')
                                        .numeric()
                                        .withChars("/-_")
                                        .ofMaxLength(12))
                        .as((s, host, path) -> s + "://" + host + ".example/" + path),
                Arbitraries.strings()
                        .withCharRange('a', 'z')
                        .ofMinLength(1)
                        .ofMaxLength(10)
                        .map(local -> "mailto:" + local + "@example.org"));
        Arbitrary<String> title = Arbitraries.oneOf(Arbitraries.just(""), text().map(t -> " title=\"" + t + "\""));
        return Combinators.combine(href, title).as((h, t) -> new String[] {h, t});
    }

    /** Words without characters that serialisation would escape. */
    private Arbitrary<String> text() {
        return Arbitraries.strings()
                .alpha()
                .numeric()
                .withChars(" .,!?'-äöéß")
                .ofMinLength(1)
                .ofMaxLength(20)
                .filter(t -> !t.isBlank());
    }
}
