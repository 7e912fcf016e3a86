package org.muejam.infra.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.muejam.command.content.application.FilterSettingsCache;
import org.muejam.shared.content.filters.ContentFilterSettings;

/** The URL-reputation service without Google: the configuration's blocked domains, minus its allowed ones. */
class LocalBlocklistUrlReputationTest {

    private final ContentFilterSettings settings = new ContentFilterSettings(
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of("evil.example"),
            List.of("fine.evil.example"),
            List.of(),
            List.of());

    private final LocalBlocklistUrlReputation reputation =
            new LocalBlocklistUrlReputation(new FilterSettingsCache(null, Clock.systemUTC()) {
                @Override
                public ContentFilterSettings current() {
                    return settings;
                }
            });

    @Test
    void aBlockedDomainAndItsSubdomainsAreKnownBadButAllowedOnesAndOthersAreNot() {
        var verdict = reputation.check(List.of(
                "https://evil.example/a", "cdn.evil.example", "https://fine.evil.example/x", "https://good.example"));
        assertThat(verdict.checked()).isTrue();
        assertThat(verdict.malicious()).containsExactlyInAnyOrder("https://evil.example/a", "cdn.evil.example");
    }
}
