package org.muejam.command.content.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.muejam.shared.content.filters.Sensitivity;

class SpamFilterTest {

    private final SpamFilter filter = new SpamFilter();

    private String category(String text) {
        return filter.apply(text, Settings.defaults()) instanceof FilterOutcome.Block block ? block.category() : null;
    }

    @Test
    void eachPatternIsRefusedWithItsCategory() {
        assertThat(category("Great story! Click here for more")).isEqualTo("known-phrase");
        assertThat(category("see https://spam.example/x and https://spam.example/x and spam.example/x"))
                .isEqualTo("repeated-links");
        assertThat(category("a.example b.example c.example")).isEqualTo("link-ratio");
        assertThat(category("I love this story. I love this story. I love this story. I love this story. "
                        + "I love this story."))
                .isEqualTo("repeated-text");
        assertThat(category("buy " + "buy ".repeat(12))).isEqualTo("repeated-text");
    }

    @Test
    void ordinaryProseWithALinkAndARefrainPasses() {
        String chapter = """
                The rain fell on the harbour. Nevermore, said the raven. She read it at https://example.org/poem
                and smiled. Nevermore, said the raven. Nevermore, said the raven. The end.""";
        assertThat(filter.apply(chapter, Settings.defaults())).isEqualTo(FilterOutcome.ALLOW);
        assertThat(filter.apply("https://example.org/only-a-link", Settings.defaults()))
                .isEqualTo(FilterOutcome.ALLOW);
    }

    @Test
    void sensitivityMovesTheThresholds() {
        String twice = "look at https://a.example/x then https://a.example/x again, it is a fine place to read";
        assertThat(filter.apply(twice, Settings.all(Sensitivity.MEDIUM))).isEqualTo(FilterOutcome.ALLOW);
        assertThat(filter.apply(twice, Settings.all(Sensitivity.HIGH))).isInstanceOf(FilterOutcome.Block.class);
        assertThat(filter.apply("click here", Settings.all(Sensitivity.OFF))).isEqualTo(FilterOutcome.ALLOW);
    }

    @Test
    void aPhraseIsMatchedAsWholeWordsOnly() {
        assertThat(filter.apply("she would never click heretical links", Settings.defaults()))
                .isEqualTo(FilterOutcome.ALLOW);
    }

    @Test
    void aTextIsMostlyLinksOnlyAboveThreeQuartersOfItsVisibleCharacters() {
        // two links of 15 characters each: 30 of 40 visible characters is exactly three quarters
        assertThat(category("http://a.org/xy http://b.org/xy abcdefghij")).isNull();
        assertThat(category("http://a.org/xy   http://b.org/xy   abcdefghi")).isEqualTo("link-ratio");
    }

    @Test
    void oneWordIsRefusedFromTenTimesInARow() {
        assertThat(category("the " + "very ".repeat(9) + "end")).isNull();
        assertThat(category("the " + "very ".repeat(10) + "end")).isEqualTo("repeated-text");
    }
}
