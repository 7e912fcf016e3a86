package org.muejam.command.content.screening;

import java.util.Optional;
import org.muejam.shared.content.filters.ContentFilterSettings;

/**
 * The profanity list. LOW: exact whole words, flagged. MEDIUM: whole words seen through l33t, repeated and spaced
 * letters, refused. HIGH: also inside longer words, refused (catches words glued together, at the price of
 * Scunthorpe-style false positives; the allow-list answers those).
 */
public final class ProfanityFilter implements ContentFilter {

    public static final String RULE = "profanity";

    @Override
    public String rule() {
        return RULE;
    }

    @Override
    public FilterOutcome apply(String text, ContentFilterSettings settings) {
        Optional<Lexicon.Mode> at = Lexicon.Mode.at(settings.sensitivity().profanity());
        if (at.isEmpty()) {
            return FilterOutcome.ALLOW;
        }
        Lexicon.Mode mode = at.get();
        return Lexicon.firstMatch(text, settings.profanityWords(), settings.allowedWords(), mode)
                .map(word -> mode == Lexicon.Mode.EXACT
                        ? FilterOutcome.flag(RULE, "word-list", "LOW", "a word of the profanity list")
                        : FilterOutcome.block(RULE, "word-list", "the text uses a word of the profanity list"))
                .orElse(FilterOutcome.ALLOW);
    }
}
