package org.muejam.command.content.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.muejam.shared.content.filters.Sensitivity;

class MaliciousUrlFilterTest {

    private final List<List<String>> asked = new ArrayList<>();

    private MaliciousUrlFilter filterKnowing(Set<String> bad, boolean answers) {
        return new MaliciousUrlFilter(urls -> {
            asked.add(urls);
            return answers ? new UrlReputation.Verdict(bad, true) : UrlReputation.Verdict.unchecked();
        });
    }

    @Test
    void everyUrlIsExtractedBareDomainsIncluded() {
        assertThat(UrlExtractor.extract("see https://a.example/x?y=1, www.b.example and c.example/path. Also file.txt"
                                + " and mail@d.example (http://[2001:db8::1]/z)")
                        .stream()
                        .map(UrlExtractor.FoundUrl::host))
                .containsExactly("a.example", "www.b.example", "c.example", "2001:db8::1");
    }

    @Test
    void aBlockedDomainAndItsSubdomainsAreRefusedWithoutAskingTheService() {
        var settings = Settings.lists(List.of(), List.of("evil.example"), List.of(), List.of());
        FilterOutcome outcome = filterKnowing(Set.of(), true).apply("go to https://cdn.EVIL.example/x now", settings);
        assertThat(outcome).isInstanceOfSatisfying(FilterOutcome.Block.class, b -> {
            assertThat(b.rule()).isEqualTo("malicious-url");
            assertThat(b.category()).isEqualTo("blocklist");
            assertThat(b.urlHost()).isEqualTo("cdn.evil.example");
        });
        assertThat(asked).isEmpty();
        assertThat(filterKnowing(Set.of(), true).apply("notevil.example is fine", settings))
                .isEqualTo(FilterOutcome.ALLOW);
    }

    @Test
    void aUrlTheServiceKnowsIsRefusedAndAllowedDomainsAreNeverSent() {
        var settings = Settings.lists(List.of(), List.of(), List.of("example.org"), List.of());
        FilterOutcome outcome = filterKnowing(Set.of("http://bad.example/p"), true)
                .apply("safe https://docs.example.org and http://bad.example/p", settings);
        assertThat(outcome).isInstanceOfSatisfying(FilterOutcome.Block.class, b -> {
            assertThat(b.category()).isEqualTo("reputation");
            assertThat(b.urlHost()).isEqualTo("bad.example");
        });
        assertThat(asked).containsExactly(List.of("http://bad.example/p"));
    }

    @Test
    void anUnansweredCheckLetsTheUrlsThrough() {
        assertThat(filterKnowing(Set.of(), false).apply("http://bad.example/p", Settings.defaults()))
                .isEqualTo(FilterOutcome.ALLOW);
    }

    @Test
    void textWithoutUrlsNeverAsksAndOffNeverLooks() {
        assertThat(filterKnowing(Set.of(), true).apply("no links here.", Settings.defaults()))
                .isEqualTo(FilterOutcome.ALLOW);
        assertThat(filterKnowing(Set.of("http://bad.example"), true)
                        .apply("http://bad.example", Settings.all(Sensitivity.OFF)))
                .isEqualTo(FilterOutcome.ALLOW);
        assertThat(asked).isEmpty();
    }

    @Test
    void atHighALinkToABareIpAddressIsFlagged() {
        FilterOutcome high =
                filterKnowing(Set.of(), true).apply("see http://192.168.0.1/x", Settings.all(Sensitivity.HIGH));
        assertThat(high)
                .isInstanceOfSatisfying(
                        FilterOutcome.Flag.class,
                        flag -> assertThat(flag.finding().detail()).contains("IP address"));
        assertThat(filterKnowing(Set.of(), true).apply("see http://[2001:db8::1]/x", Settings.all(Sensitivity.HIGH)))
                .isInstanceOf(FilterOutcome.Flag.class);
        assertThat(filterKnowing(Set.of(), true).apply("see http://192.168.0.1/x", Settings.all(Sensitivity.MEDIUM)))
                .isEqualTo(FilterOutcome.ALLOW);
        assertThat(filterKnowing(Set.of(), true).apply("see http://named.example/x", Settings.all(Sensitivity.HIGH)))
                .isEqualTo(FilterOutcome.ALLOW);
    }

    @Test
    void aBlankAllowedDomainAllowsNothing() {
        var settings = Settings.lists(List.of(), List.of(), List.of(" "), List.of());
        assertThat(filterKnowing(Set.of("http://bad.example/p"), true).apply("http://bad.example/p", settings))
                .isInstanceOf(FilterOutcome.Block.class);
    }

    @Test
    void aCleanVerdictIsACheckedOneWithNothingMalicious() {
        assertThat(UrlReputation.Verdict.clean()).isEqualTo(new UrlReputation.Verdict(Set.of(), true));
        assertThat(new MaliciousUrlFilter(urls -> UrlReputation.Verdict.clean())
                        .apply("see http://any.example/x", Settings.defaults()))
                .isEqualTo(FilterOutcome.ALLOW);
    }
}
