package org.muejam.command.content.screening;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.muejam.shared.content.filters.ContentFilterSettings;
import org.muejam.shared.content.filters.Sensitivity;

/**
 * Spam patterns, each refused: a known spam phrase; the same link again and again; a text that is mostly links;
 * the same sentence again and again, or one word repeated in a row. The thresholds tighten with the sensitivity.
 */
public final class SpamFilter implements ContentFilter {

    public static final String RULE = "spam";

    /** The thresholds of one sensitivity. */
    record Thresholds(int sameLink, double linkShare, int sameSentence, int sameWordInARow) {}

    static Thresholds thresholds(Sensitivity sensitivity) {
        return switch (sensitivity) {
            case LOW -> new Thresholds(5, 0.9, 8, 15);
            case HIGH -> new Thresholds(2, 0.5, 3, 6);
            default -> new Thresholds(3, 0.75, 5, 10);
        };
    }

    /** A sentence counts toward repetition only with this many words (short replies repeat legitimately). */
    static final int SENTENCE_WORDS = 3;

    @Override
    public String rule() {
        return RULE;
    }

    @Override
    public FilterOutcome apply(String text, ContentFilterSettings settings) {
        Sensitivity sensitivity = settings.sensitivity().spam();
        if (sensitivity == Sensitivity.OFF || text == null || text.isBlank()) {
            return FilterOutcome.ALLOW;
        }
        Thresholds limits = thresholds(sensitivity);
        String words = " " + normalized(text) + " ";
        for (String phrase : settings.spamPhrases()) {
            String wanted = normalized(phrase);
            if (!wanted.isEmpty() && words.contains(" " + wanted + " ")) {
                return FilterOutcome.block(RULE, "known-phrase", "the text uses a phrase known from spam");
            }
        }
        List<UrlExtractor.FoundUrl> urls = UrlExtractor.extract(text);
        Map<String, Integer> linkCounts = new HashMap<>();
        int linkChars = 0;
        for (UrlExtractor.FoundUrl url : urls) {
            String key = url.url()
                    .toLowerCase(Locale.ROOT)
                    .replaceFirst("^[a-z]+://", "")
                    .replaceFirst("/+$", "");
            if (linkCounts.merge(key, 1, Integer::sum) >= limits.sameLink()) {
                return FilterOutcome.block(RULE, "repeated-links", "the text repeats the same link");
            }
            linkChars += url.url().length();
        }
        if (urls.size() >= 2) {
            long visible =
                    text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
            if (visible > 0 && (double) linkChars / visible > limits.linkShare()) {
                return FilterOutcome.block(RULE, "link-ratio", "the text is mostly links");
            }
        }
        Map<String, Integer> sentences = new HashMap<>();
        for (String sentence : text.split("[.!?\\n\\r]+")) {
            String key = normalized(sentence);
            if (key.split(" ").length >= SENTENCE_WORDS
                    && sentences.merge(key, 1, Integer::sum) >= limits.sameSentence()) {
                return FilterOutcome.block(RULE, "repeated-text", "the text repeats the same sentence");
            }
        }
        String previous = null;
        int run = 0;
        for (String word : words.strip().split(" ")) {
            run = word.equals(previous) ? run + 1 : 1;
            previous = word;
            if (!word.isEmpty() && run >= limits.sameWordInARow()) {
                return FilterOutcome.block(RULE, "repeated-text", "the text repeats one word over and over");
            }
        }
        return FilterOutcome.ALLOW;
    }

    /** Lower case, accents dropped, every run of characters other than letters, digits, '%' and '$' one space. */
    static String normalized(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}%$]+", " ")
                .strip();
    }
}
