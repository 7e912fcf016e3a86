package org.muejam.command.content.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.muejam.shared.content.filters.ContentFilterSettings;

/**
 * Property 7: Profanity Detection and Filtering — any word of the profanity list, however disguised (case, l33t
 * digits and symbols, repeated letters, letters spaced or punctuated apart) and wherever it stands among ordinary
 * words, is refused; a text of ordinary words, even ones that contain a listed word (Scunthorpe, classic), passes.
 */
class ProfanityDetectionProperties {

    static final ContentFilterSettings SETTINGS = Settings.lists(
            List.of("shit", "fuck", "bitch", "asshole", "cunt", "ass", "bastard"), List.of(), List.of(), List.of());

    static final List<String> ORDINARY = List.of(
            "the",
            "story",
            "begins",
            "with",
            "Scunthorpe",
            "classic",
            "assessment",
            "passage",
            "bass",
            "shitake",
            "cocktail",
            "assume",
            "harassment",
            "therapist",
            "Dickens",
            "brass",
            "embassy",
            "night",
            "quietly",
            "reading",
            "chapter",
            "glass",
            "cucumber",
            "bastion",
            "association");

    private final ProfanityFilter filter = new ProfanityFilter();

    @Property
    void aDisguisedListedWordIsAlwaysRefused(
            @ForAll("disguised") String word,
            @ForAll("ordinaryText") String before,
            @ForAll("ordinaryText") String after) {
        FilterOutcome outcome = filter.apply(before + " " + word + ", " + after, SETTINGS);
        assertThat(outcome)
                .as(word)
                .isInstanceOfSatisfying(
                        FilterOutcome.Block.class, b -> assertThat(b.rule()).isEqualTo("profanity"));
    }

    @Property
    void ordinaryWordsAlwaysPass(@ForAll("ordinaryText") String text) {
        assertThat(filter.apply(text, SETTINGS)).isEqualTo(FilterOutcome.ALLOW);
    }

    @Provide
    Arbitrary<String> ordinaryText() {
        return Arbitraries.of(ORDINARY).list().ofMinSize(1).ofMaxSize(12).map(words -> String.join(" ", words));
    }

    @Provide
    Arbitrary<String> disguised() {
        Arbitrary<String> word = Arbitraries.of(SETTINGS.profanityWords());
        return Combinators.combine(word, Arbitraries.integers().between(0, 3), Arbitraries.longs())
                .as(ProfanityDetectionProperties::disguise);
    }

    /** One of the disguises, chosen by {@code how}, with random case and l33t chosen by {@code seed}. */
    static String disguise(String word, int how, long seed) {
        java.util.Random random = new java.util.Random(seed);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            String letter = String.valueOf(random.nextBoolean() ? Character.toUpperCase(c) : c);
            if (random.nextInt(3) == 0) {
                letter = switch (c) {
                    case 'a' -> random.nextBoolean() ? "4" : "@";
                    case 'e' -> "3";
                    case 'i' -> random.nextBoolean() ? "1" : "!";
                    case 'o' -> "0";
                    case 's' -> random.nextBoolean() ? "5" : "$";
                    case 't' -> "7";
                    default -> letter;
                };
            }
            if (how == 1 && random.nextBoolean()) {
                letter = letter.repeat(2 + random.nextInt(3));
            }
            out.append(letter);
            if (how == 2 && i < word.length() - 1) {
                out.append(List.of(" ", ".", "-", "_", " . ").get(random.nextInt(5)));
            }
        }
        String text = out.toString();
        // a '!' for 'i' at a word's edge reads as punctuation, as it should: keep that disguise inside words
        if (how == 2 || text.startsWith("!") || text.endsWith("!")) {
            text = text.replace("!", "1");
        }
        return how == 3 ? text.toUpperCase(Locale.ROOT) : text;
    }
}
