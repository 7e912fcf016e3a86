package org.muejam.command.content.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.muejam.shared.content.filters.Sensitivity;

class HateSpeechFilterTest {

    private final HateSpeechFilter filter = new HateSpeechFilter();

    @Test
    void aHitIsFlaggedWithHighSeverityNeverRefused() {
        FilterOutcome outcome = filter.apply("they are SUBHUMAN, all of them", Settings.defaults());
        assertThat(outcome).isInstanceOfSatisfying(FilterOutcome.Flag.class, flag -> {
            assertThat(flag.finding().rule()).isEqualTo("hate-speech");
            assertThat(flag.finding().severity()).isEqualTo("HIGH");
            assertThat(flag.finding().detail()).doesNotContain("subhuman");
        });
    }

    @Test
    void phrasesMatchAcrossDisguisesAsWholeWords() {
        assertThat(filter.apply("time for 3thn1c  cl3ansing", Settings.defaults()))
                .isInstanceOf(FilterOutcome.Flag.class);
        assertThat(filter.apply("the ethnic festival's cleansing ritual", Settings.defaults()))
                .isEqualTo(FilterOutcome.ALLOW);
    }

    @Test
    void offAllowsEverything() {
        assertThat(filter.apply("subhuman", Settings.all(Sensitivity.OFF))).isEqualTo(FilterOutcome.ALLOW);
    }
}
