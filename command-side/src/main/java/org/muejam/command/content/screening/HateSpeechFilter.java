package org.muejam.command.content.screening;

import java.util.Optional;
import org.muejam.shared.content.filters.ContentFilterSettings;

/**
 * The hate-speech lexicon. A hit is never a silent refusal: the text is stored and flagged with severity HIGH, so
 * that moderation sees it first. LOW matches exact whole words, MEDIUM sees through l33t and spacing, HIGH also
 * matches inside longer words.
 */
public final class HateSpeechFilter implements ContentFilter {

    public static final String RULE = "hate-speech";
    public static final String SEVERITY = "HIGH";

    @Override
    public String rule() {
        return RULE;
    }

    @Override
    public FilterOutcome apply(String text, ContentFilterSettings settings) {
        Optional<Lexicon.Mode> at = Lexicon.Mode.at(settings.sensitivity().hateSpeech());
        if (at.isEmpty()) {
            return FilterOutcome.ALLOW;
        }
        Lexicon.Mode mode = at.get();
        return Lexicon.firstMatch(text, settings.hateSpeechTerms(), settings.allowedWords(), mode)
                .map(term -> FilterOutcome.flag(RULE, "lexicon", SEVERITY, "a term of the hate-speech lexicon"))
                .orElse(FilterOutcome.ALLOW);
    }
}
