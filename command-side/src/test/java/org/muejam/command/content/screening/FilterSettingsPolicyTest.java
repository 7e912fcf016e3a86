package org.muejam.command.content.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.content.filters.BlocklistKind;
import org.muejam.shared.content.filters.ContentFilterSettings;
import org.muejam.shared.content.filters.FilterSensitivities;
import org.muejam.shared.content.filters.Sensitivity;

class FilterSettingsPolicyTest {

    private static final Sensitivity M = Sensitivity.MEDIUM;

    private static void assertRefused(ContentFilterSettings settings, String field) {
        assertThatThrownBy(() -> FilterSettingsPolicy.requireValid(settings))
                .isInstanceOfSatisfying(DomainRuleViolation.class, v -> {
                    assertThat(v.problemType()).isEqualTo("invalid-filter-settings");
                    assertThat(v.field()).isEqualTo(field);
                });
    }

    /** The defaults with one list replaced, by the list's index in the record (0 profanityWords .. 6 piiAllowList). */
    private static ContentFilterSettings withList(int index, List<String> list) {
        ContentFilterSettings d = ContentFilterSettings.defaults();
        List<List<String>> lists = new ArrayList<>(List.of(
                d.profanityWords(),
                d.hateSpeechTerms(),
                d.spamPhrases(),
                d.blockedDomains(),
                d.allowedDomains(),
                d.allowedWords(),
                d.piiAllowList()));
        lists.set(index, list);
        return new ContentFilterSettings(
                d.sensitivity(),
                lists.get(0),
                lists.get(1),
                lists.get(2),
                lists.get(3),
                lists.get(4),
                lists.get(5),
                lists.get(6));
    }

    static Stream<Arguments> lists() {
        return Stream.of(
                Arguments.of(0, "profanityWords"),
                Arguments.of(1, "hateSpeechTerms"),
                Arguments.of(2, "spamPhrases"),
                Arguments.of(3, "blockedDomains"),
                Arguments.of(4, "allowedDomains"),
                Arguments.of(5, "allowedWords"),
                Arguments.of(6, "piiAllowList"));
    }

    @ParameterizedTest
    @MethodSource("lists")
    void everyListRefusesBlankEntriesNamingItself(int index, String field) {
        assertRefused(withList(index, List.of("fine.example", "  ")), field);
    }

    @ParameterizedTest
    @MethodSource("lists")
    void everyListHoldsAtMostAThousandEntriesOfAtMostAHundredCharacters(int index, String field) {
        String longest = "a".repeat(49) + "." + "a".repeat(50); // a domain name too, of exactly 100 characters
        assertThatCode(() -> FilterSettingsPolicy.requireValid(
                        withList(index, Collections.nCopies(ContentFilterSettings.MAX_ENTRIES, longest))))
                .doesNotThrowAnyException();
        assertRefused(withList(index, Collections.nCopies(ContentFilterSettings.MAX_ENTRIES + 1, "a")), field);
        assertRefused(withList(index, List.of(longest + "a")), field);
    }

    @Test
    void everySensitivityIsRequired() {
        List<Function<Sensitivity, FilterSensitivities>> missing = List.of(
                s -> new FilterSensitivities(s, M, M, M, M),
                s -> new FilterSensitivities(M, s, M, M, M),
                s -> new FilterSensitivities(M, M, s, M, M),
                s -> new FilterSensitivities(M, M, M, s, M),
                s -> new FilterSensitivities(M, M, M, M, s));
        List<String> names = List.of("profanity", "spam", "hateSpeech", "maliciousUrls", "pii");
        for (int i = 0; i < names.size(); i++) {
            assertRefused(Settings.with(missing.get(i).apply(null)), "sensitivity." + names.get(i));
        }
        assertThatCode(() -> FilterSettingsPolicy.requireValid(Settings.all(Sensitivity.OFF)))
                .doesNotThrowAnyException();
    }

    @Test
    void aBlocklistDomainMustBeADomainWhileAWordMayBeAnything() {
        assertThatThrownBy(() -> FilterSettingsPolicy.requireValidEntry(BlocklistKind.URL_DOMAIN, "not a domain"))
                .isInstanceOf(DomainRuleViolation.class);
        assertThatCode(() -> FilterSettingsPolicy.requireValidEntry(BlocklistKind.URL_DOMAIN, ".Evil-Site.example"))
                .doesNotThrowAnyException();
        assertThatCode(() -> FilterSettingsPolicy.requireValidEntry(BlocklistKind.WORD, "not a domain"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> FilterSettingsPolicy.requireValidEntry(null, "word"))
                .isInstanceOf(DomainRuleViolation.class);
    }
}
