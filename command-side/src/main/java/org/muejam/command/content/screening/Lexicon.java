package org.muejam.command.content.screening;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.muejam.shared.content.filters.Sensitivity;

/**
 * Finds the terms of a word list in a text, in one of three modes. {@link Mode#EXACT} compares whole words,
 * letters only, ignoring case and accents. {@link Mode#OBFUSCATED} also sees through the usual disguises: l33t
 * digits and symbols ({@code sh1t}, {@code $hit}, {@code @ss}), letters repeated ({@code shiiit}) and letters spaced
 * or punctuated apart ({@code s h i t}, {@code s.h.i.t}); it still compares whole words, so a term inside a longer
 * word (Scunthorpe) is not a hit. {@link Mode#SUBSTRING} is OBFUSCATED without word boundaries: it catches words
 * glued together, and accepts the false positives that come with that.
 */
public final class Lexicon {

    public enum Mode {
        EXACT,
        OBFUSCATED,
        SUBSTRING;

        /** How a word list is matched at a sensitivity: LOW exact words, MEDIUM through disguises, HIGH inside words. */
        public static Optional<Mode> at(Sensitivity sensitivity) {
            return switch (sensitivity) {
                case OFF -> Optional.empty();
                case LOW -> Optional.of(EXACT);
                case MEDIUM -> Optional.of(OBFUSCATED);
                case HIGH -> Optional.of(SUBSTRING);
            };
        }
    }

    private Lexicon() {}

    /** The first term of {@code terms} found in {@code text}; words of {@code allowed} are never part of a hit. */
    public static Optional<String> firstMatch(
            String text, Collection<String> terms, Collection<String> allowed, Mode mode) {
        if (text == null || text.isEmpty() || terms.isEmpty()) {
            return Optional.empty();
        }
        boolean canonical = mode != Mode.EXACT;
        Set<String> allowedWords = new HashSet<>();
        for (String allowedTerm : allowed) {
            allowedWords.addAll(words(allowedTerm, canonical));
        }
        List<String> words = new ArrayList<>(words(text, canonical));
        words.removeIf(allowedWords::contains);
        Set<String> present = new HashSet<>(words);
        String glued = mode == Mode.SUBSTRING ? String.join("", words) : null;
        for (String term : terms) {
            List<String> termWords = words(term, canonical);
            if (termWords.isEmpty()) {
                continue;
            }
            boolean hit;
            if (mode == Mode.SUBSTRING) {
                hit = glued.contains(String.join("", termWords));
            } else if (termWords.size() == 1) {
                hit = present.contains(termWords.get(0));
            } else {
                hit = present.containsAll(termWords) && containsSequence(words, termWords);
            }
            if (hit) {
                return Optional.of(term);
            }
        }
        return Optional.empty();
    }

    private static boolean containsSequence(List<String> words, List<String> term) {
        for (int i = 0; i + term.size() <= words.size(); i++) {
            if (words.get(i).equals(term.get(0))
                    && words.subList(i, i + term.size()).equals(term)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text's words, lower-cased without accents. Canonical words also read l33t characters as the letters they
     * stand for, collapse repeated letters, and join runs of single letters spaced apart into one word.
     */
    static List<String> words(String text, boolean canonical) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        List<String> raw = new ArrayList<>();
        List<Boolean> tight = new ArrayList<>(); // whether the separator before this word was short, on one line
        StringBuilder word = new StringBuilder();
        StringBuilder gap = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            boolean part = Character.isLetter(c) || (canonical && leet(c) != 0);
            if (part) {
                if (word.isEmpty()) {
                    tight.add(gap.length() <= 3 && gap.indexOf("\n") < 0);
                    gap.setLength(0);
                }
                word.append(c);
            } else {
                if (!word.isEmpty()) {
                    raw.add(word.toString());
                    word.setLength(0);
                }
                gap.append(c);
            }
        }
        if (!word.isEmpty()) {
            raw.add(word.toString());
        }
        if (!canonical) {
            return raw;
        }
        List<String> words = new ArrayList<>();
        StringBuilder spaced = new StringBuilder();
        for (int i = 0; i < raw.size(); i++) {
            String canonicalWord = canonical(raw.get(i));
            if (canonicalWord.isEmpty()) {
                continue;
            }
            boolean single = canonicalWord.length() == 1;
            if (single && (spaced.isEmpty() || tight.get(i))) {
                spaced.append(canonicalWord);
                continue;
            }
            flush(spaced, words);
            if (single) {
                spaced.append(canonicalWord);
            } else {
                words.add(canonicalWord);
            }
        }
        flush(spaced, words);
        return words;
    }

    private static void flush(StringBuilder spaced, List<String> words) {
        if (!spaced.isEmpty()) {
            words.add(collapse(spaced.toString()));
            spaced.setLength(0);
        }
    }

    /** l33t read as letters; '!', '|' and '+' only between letters, since at a word's edge they are punctuation. */
    private static String canonical(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && edgePunctuation(word.charAt(start))) {
            start++;
        }
        while (end > start && edgePunctuation(word.charAt(end - 1))) {
            end--;
        }
        StringBuilder letters = new StringBuilder();
        for (int i = start; i < end; i++) {
            char c = word.charAt(i);
            char leet = leet(c);
            letters.append(leet != 0 ? leet : c == 'l' ? 'i' : c);
        }
        return collapse(letters.toString());
    }

    private static boolean edgePunctuation(char c) {
        return c == '!' || c == '|' || c == '+';
    }

    private static String collapse(String letters) {
        StringBuilder collapsed = new StringBuilder();
        for (int i = 0; i < letters.length(); i++) {
            char c = letters.charAt(i);
            if (collapsed.isEmpty() || collapsed.charAt(collapsed.length() - 1) != c) {
                collapsed.append(c);
            }
        }
        return collapsed.toString();
    }

    /** The letter a l33t character stands for, or 0. 'l', '1', '!' and '|' all read as 'i' (they look alike). */
    static char leet(char c) {
        return switch (c) {
            case '0' -> 'o';
            case '1', '!', '|' -> 'i';
            case '3' -> 'e';
            case '4', '@' -> 'a';
            case '5', '$' -> 's';
            case '7', '+' -> 't';
            case '8' -> 'b';
            case '9' -> 'g';
            default -> 0;
        };
    }
}
