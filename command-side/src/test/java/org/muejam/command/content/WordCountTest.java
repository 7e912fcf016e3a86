package org.muejam.command.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordCountTest {

    @Test
    void wordsAreRunsOfLettersOrDigitsNotPunctuation() {
        assertThat(WordCount.of(null)).isZero();
        assertThat(WordCount.of("  \n ")).isZero();
        assertThat(WordCount.of("The sea — the storm, 42 times!")).isEqualTo(6);
        assertThat(WordCount.of("don't stop")).isEqualTo(2);
        assertThat(WordCount.of("… ... !!")).isZero();
    }
}
