package org.muejam.command.moderation.abuse;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which two postings count as the same text: markup, case, accents, punctuation and spacing dropped,
 * so "Buy NOW!!" and "<p>buy now</p>" match. Only the first {@link #READ} characters are read, so a huge text costs
 * no more than a long one.
 */
public final class TextFingerprint {

    static final int READ = 20_000;

    private static final Pattern TAG = Pattern.compile("<[^<>]{0,500}>");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextFingerprint() {}

    /** The normalized text: words of letters and digits, lower case, one space apart; empty for null. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String head = text.length() > READ ? text.substring(0, READ) : text;
        String plain = TAG.matcher(head).replaceAll(" ");
        String folded =
                MARKS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFKD)).replaceAll("");
        return NOT_WORD.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
