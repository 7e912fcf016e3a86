package org.muejam.command.content.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Property 8: Spam Pattern Rejection — a text carrying any spam pattern (a known spam phrase, the same link three
 * times or more, mostly links, one sentence five times or more) is refused by the spam rule wherever the pattern
 * stands; ordinary prose of distinct sentences with at most one link passes.
 */
class SpamPatternRejectionProperties {

    private final SpamFilter filter = new SpamFilter();

    static final List<String> WORDS = List.of(
            "the",
            "lantern",
            "flickered",
            "while",
            "Mara",
            "read",
            "her",
            "grandmother's",
            "letters",
            "by",
            "window",
            "rain",
            "kept",
            "falling",
            "over",
            "quiet",
            "town",
            "and",
            "nobody",
            "came");

    @Property
    void aKnownSpamPhraseIsRefused(
            @ForAll("prose") String before, @ForAll("phrase") String phrase, @ForAll("prose") String after) {
        assertRefused(before + " " + phrase + " " + after);
    }

    @Property
    void theSameLinkRepeatedIsRefused(
            @ForAll("prose") String prose, @ForAll("link") String link, @ForAll @IntRange(min = 3, max = 8) int times) {
        List<String> parts = new ArrayList<>(List.of(prose.split(" ")));
        for (int i = 0; i < times; i++) {
            parts.add(Math.min(parts.size(), i * 3), link);
        }
        assertRefused(String.join(" ", parts));
    }

    @Property
    void aTextOfLinksIsRefused(@ForAll("links") List<String> links) {
        assertRefused(String.join(" ", links));
    }

    @Property
    void oneSentenceRepeatedIsRefused(
            @ForAll("sentence") String sentence,
            @ForAll @IntRange(min = 5, max = 12) int times,
            @ForAll("prose") String prose) {
        assertRefused(prose + ". " + (sentence + ". ").repeat(times));
    }

    @Property
    void ordinaryProsePasses(@ForAll("distinctSentences") List<String> sentences, @ForAll("link") String link) {
        String text = String.join(". ", sentences) + ". More at " + link;
        assertThat(filter.apply(text, Settings.defaults())).isEqualTo(FilterOutcome.ALLOW);
    }

    private void assertRefused(String text) {
        assertThat(filter.apply(text, Settings.defaults()))
                .as(text)
                .isInstanceOfSatisfying(
                        FilterOutcome.Block.class, b -> assertThat(b.rule()).isEqualTo("spam"));
    }

    @Provide
    Arbitrary<String> prose() {
        return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(15).map(w -> String.join(" ", w));
    }

    @Provide
    Arbitrary<String> sentence() {
        return Arbitraries.of(WORDS).list().ofMinSize(3).ofMaxSize(10).map(w -> String.join(" ", w));
    }

    @Provide
    Arbitrary<List<String>> distinctSentences() {
        return sentence().list().ofMinSize(1).ofMaxSize(6).uniqueElements();
    }

    @Provide
    Arbitrary<String> phrase() {
        return Combinators.combine(Arbitraries.of(Settings.defaults().spamPhrases()), Arbitraries.of(true, false))
                .as((p, loud) -> loud ? p.toUpperCase(java.util.Locale.ROOT) : p);
    }

    @Provide
    Arbitrary<String> link() {
        Arbitrary<String> host =
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(10);
        Arbitrary<String> path = Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(8);
        return Combinators.combine(
                        Arbitraries.of("https://", "http://", ""), host, Arbitraries.of("com", "net", "io"), path)
                .as((scheme, h, tld, p) -> scheme + h + "." + tld + (p.isEmpty() ? "" : "/" + p));
    }

    @Provide
    Arbitrary<List<String>> links() {
        return link().list().ofMinSize(2).ofMaxSize(10);
    }
}
