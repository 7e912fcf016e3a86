package org.muejam.command.content.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlExtractorTest {

    @Test
    void punctuationClosingTheSentenceIsNotPartOfTheUrl() {
        assertThat(UrlExtractor.extract("read https://a.example/story."))
                .containsExactly(new UrlExtractor.FoundUrl("https://a.example/story", "a.example"));
        assertThat(UrlExtractor.extract("(see https://a.example/x?y=1!), then"))
                .extracting(UrlExtractor.FoundUrl::url)
                .containsExactly("https://a.example/x?y=1");
    }

    @Test
    void aUrlWithoutAHostIsNoUrl() {
        assertThat(UrlExtractor.extract("broken https:///path and http://:8080/x links"))
                .isEmpty();
        assertThat(UrlExtractor.extract(null)).isEmpty();
    }

    @Test
    void theHostIsReadWithoutPortUserTrailingDotOrCase() {
        assertThat(UrlExtractor.extract("http://user@Example.ORG.:8080/a https://b.example?q http://c.example#top"))
                .extracting(UrlExtractor.FoundUrl::host)
                .containsExactly("example.org", "b.example", "c.example");
    }

    @Test
    void aHostThatIsNoValidInternationalNameIsStillReadInLowerCase() {
        String label = "A".repeat(70);
        assertThat(UrlExtractor.extract("http://" + label + ".Example/x"))
                .extracting(UrlExtractor.FoundUrl::host)
                .containsExactly(label.toLowerCase() + ".example");
    }

    @Test
    void aBlankDomainContainsNoHost() {
        assertThat(UrlExtractor.within("a.example", "")).isFalse();
        assertThat(UrlExtractor.within("a.example", " . ")).isFalse();
        assertThat(UrlExtractor.within("a.example", ".EXAMPLE")).isTrue();
        assertThat(UrlExtractor.within("a.example", "a.example")).isTrue();
        assertThat(UrlExtractor.within("bad-a.example", "a.example")).isFalse();
    }
}
