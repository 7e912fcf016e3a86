package org.muejam.command.content.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every URL of a text is found, with or without scheme, however it is punctuated around, with its host. */
class UrlExtractionProperties {

    @Property
    void everyUrlIsFoundWithItsHost(
            @ForAll("host") String host, @ForAll("decorated") String template, @ForAll("scheme") String scheme) {
        String text = template.formatted(scheme + host + "/path?q=1");
        assertThat(UrlExtractor.extract(text))
                .extracting(UrlExtractor.FoundUrl::host)
                .contains(host);
    }

    @Property
    void aBlockedDomainBlocksEverySubdomain(@ForAll("host") String domain, @ForAll("label") String sub) {
        var settings = Settings.lists(List.of(), List.of(domain), List.of(), List.of());
        FilterOutcome outcome = new MaliciousUrlFilter(urls -> UrlReputation.Verdict.clean())
                .apply("see " + sub + "." + domain + " now", settings);
        assertThat(outcome).isInstanceOf(FilterOutcome.Block.class);
    }

    @Provide
    Arbitrary<String> label() {
        return Arbitraries.strings()
                .withCharRange('a', 'z')
                .numeric()
                .ofMinLength(1)
                .ofMaxLength(12)
                .filter(s -> Character.isLetter(s.charAt(0)));
    }

    @Provide
    Arbitrary<String> host() {
        return Combinators.combine(
                        label().list().ofMinSize(1).ofMaxSize(3), Arbitraries.of("com", "org", "xyz", "info"))
                .as((labels, tld) -> String.join(".", labels) + "." + tld);
    }

    @Provide
    Arbitrary<String> scheme() {
        return Arbitraries.of("https://", "http://", "HTTP://", "");
    }

    @Provide
    Arbitrary<String> decorated() {
        return Arbitraries.of("%s", "see %s.", "(%s)", "\"%s\"", "link: %s, then", "<%s>", "line\n%s\nend");
    }
}
