package org.muejam.command.content.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.muejam.command.content.screening.Lexicon.Mode;

class LexiconTest {

    private static boolean finds(String text, String term, Mode mode) {
        return Lexicon.firstMatch(text, List.of(term), List.of(), mode).isPresent();
    }

    @Test
    void lettersSpacedApartAreJoinedWhenTheGapIsShortAndOnOneLine() {
        assertThat(finds("the b - a - d day", "bad", Mode.OBFUSCATED)).isTrue();
        assertThat(finds("the b -- a -- d day", "bad", Mode.OBFUSCATED)).isFalse();
        assertThat(finds("the b\na\nd day", "bad", Mode.OBFUSCATED)).isFalse();
    }

    @Test
    void twoSpacedOutWordsAroundAnotherWordStayApart() {
        String text = "s p a m and h a m";
        assertThat(finds(text, "spam", Mode.OBFUSCATED)).isTrue();
        assertThat(finds(text, "ham", Mode.OBFUSCATED)).isTrue();
        assertThat(finds(text, "spamham", Mode.OBFUSCATED)).isFalse();
    }

    @Test
    void punctuationAtAWordsEdgeIsNotReadAsLetters() {
        assertThat(finds("this is |bad|! really", "bad", Mode.OBFUSCATED)).isTrue();
        assertThat(finds("wow !!! +++ bad", "bad", Mode.OBFUSCATED)).isTrue();
        assertThat(finds("b!g", "big", Mode.OBFUSCATED)).isTrue();
    }

    @Test
    void onlySubstringModeFindsATermGluedToOtherWords() {
        assertThat(finds("youarebad indeed", "bad", Mode.SUBSTRING)).isTrue();
        assertThat(finds("youarebad indeed", "bad", Mode.OBFUSCATED)).isFalse();
        assertThat(finds("you are good", "bad", Mode.SUBSTRING)).isFalse();
    }

    @Test
    void aPhraseIsFoundOnlyAsConsecutiveWords() {
        assertThat(finds("they said gas them all", "gas them", Mode.EXACT)).isTrue();
        assertThat(finds("them gas", "gas them", Mode.EXACT)).isFalse();
    }
}
