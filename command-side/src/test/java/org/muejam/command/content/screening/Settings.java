package org.muejam.command.content.screening;

import java.util.List;
import org.muejam.shared.content.filters.ContentFilterSettings;
import org.muejam.shared.content.filters.FilterSensitivities;
import org.muejam.shared.content.filters.Sensitivity;

/** Filter configurations for the tests: the defaults, with one sensitivity or one list changed. */
final class Settings {

    private Settings() {}

    static ContentFilterSettings defaults() {
        return ContentFilterSettings.defaults();
    }

    static ContentFilterSettings all(Sensitivity level) {
        return with(new FilterSensitivities(level, level, level, level, level));
    }

    static ContentFilterSettings with(FilterSensitivities sensitivity) {
        ContentFilterSettings d = defaults();
        return new ContentFilterSettings(
                sensitivity,
                d.profanityWords(),
                d.hateSpeechTerms(),
                d.spamPhrases(),
                d.blockedDomains(),
                d.allowedDomains(),
                d.allowedWords(),
                d.piiAllowList());
    }

    static ContentFilterSettings lists(
            List<String> profanity, List<String> blockedDomains, List<String> allowedDomains, List<String> allowed) {
        ContentFilterSettings d = defaults();
        return new ContentFilterSettings(
                d.sensitivity(),
                profanity,
                d.hateSpeechTerms(),
                d.spamPhrases(),
                blockedDomains,
                allowedDomains,
                allowed,
                d.piiAllowList());
    }

    static ContentFilterSettings piiAllowList(List<String> values) {
        ContentFilterSettings d = defaults();
        return new ContentFilterSettings(
                d.sensitivity(),
                d.profanityWords(),
                d.hateSpeechTerms(),
                d.spamPhrases(),
                d.blockedDomains(),
                d.allowedDomains(),
                d.allowedWords(),
                values);
    }
}
