package org.muejam.command.content;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Counts the words of a text as a reader would: runs of letters or digits (apostrophes and hyphens inside a word
 * keep it one word), by the Unicode word boundaries of {@link BreakIterator}, so punctuation and markup-free
 * whitespace never count. Scripts without spaces (Chinese, Japanese) count each dictionary word the JDK finds.
 */
public final class WordCount {

    private WordCount() {}

    public static int of(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
        words.setText(text);
        int count = 0;
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (isWord(text, start, end)) {
                count++;
            }
        }
        return count;
    }

    private static boolean isWord(String text, int start, int end) {
        return text.substring(start, end).codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
