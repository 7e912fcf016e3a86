package org.muejam.command.content.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.muejam.shared.content.filters.FilterSensitivities;
import org.muejam.shared.content.filters.Sensitivity;

class ProfanityFilterTest {

    private final ProfanityFilter filter = new ProfanityFilter();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "well shit happens",
                "SHIT!",
                "sh1t",
                "$hit",
                "shiiiiit",
                "s h i t",
                "s.h.i.t",
                "s-h-1-t happens",
                "you @$$hole",
                "fück this"
            })
    void aListedWordIsRefusedThroughItsDisguises(String text) {
        assertThat(filter.apply(text, Settings.defaults())).isInstanceOf(FilterOutcome.Block.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "We drove through Scunthorpe",
                "a classic assessment of the bass",
                "shitake mushrooms",
                "the title: Bastardo",
                "Hello, world! It is 2024."
            })
    void wholeWordMatchingLeavesLongerWordsAlone(String text) {
        assertThat(filter.apply(
                        text,
                        Settings.lists(List.of("cunt", "ass", "shit", "bastard"), List.of(), List.of(), List.of())))
                .isEqualTo(FilterOutcome.ALLOW);
    }

    @Test
    void highSensitivityMatchesInsideWordsAndTheAllowListAnswersTheFalsePositives() {
        var high = Settings.with(new FilterSensitivities(
                Sensitivity.HIGH, Sensitivity.MEDIUM, Sensitivity.MEDIUM, Sensitivity.MEDIUM, Sensitivity.MEDIUM));
        assertThat(filter.apply("what a bullshitter", high)).isInstanceOf(FilterOutcome.Block.class);
        var allowing = new org.muejam.shared.content.filters.ContentFilterSettings(
                high.sensitivity(),
                List.of("cunt"),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of("scunthorpe"),
                List.of());
        assertThat(filter.apply("We drove through Scunthorpe", allowing)).isEqualTo(FilterOutcome.ALLOW);
    }

    @Test
    void lowSensitivityFlagsExactWordsOnlyAndOffAllowsEverything() {
        var low = Settings.with(new FilterSensitivities(
                Sensitivity.LOW, Sensitivity.MEDIUM, Sensitivity.MEDIUM, Sensitivity.MEDIUM, Sensitivity.MEDIUM));
        assertThat(filter.apply("well shit", low)).isInstanceOfSatisfying(FilterOutcome.Flag.class, flag -> {
            assertThat(flag.finding().rule()).isEqualTo("profanity");
            assertThat(flag.finding().severity()).isEqualTo("LOW");
        });
        assertThat(filter.apply("well sh1t", low)).isEqualTo(FilterOutcome.ALLOW);
        assertThat(filter.apply("well shit", Settings.all(Sensitivity.OFF))).isEqualTo(FilterOutcome.ALLOW);
    }

    @Test
    void anAllowedWordIsNeverReported() {
        var settings = Settings.lists(List.of("bastard"), List.of(), List.of(), List.of("bastard"));
        assertThat(filter.apply("you bastard", settings)).isEqualTo(FilterOutcome.ALLOW);
    }
}
