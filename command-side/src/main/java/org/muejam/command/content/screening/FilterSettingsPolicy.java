package org.muejam.command.content.screening;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.content.filters.BlocklistKind;
import org.muejam.shared.content.filters.ContentFilterSettings;
import org.muejam.shared.content.filters.FilterSensitivities;

/** What a filter configuration may hold: bounded lists of short, non-blank entries; domains that are domains. */
public final class FilterSettingsPolicy {

    static final String PROBLEM = "invalid-filter-settings";
    private static final Pattern DOMAIN = Pattern.compile(
            "(?i)\\.?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)*" + "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    private FilterSettingsPolicy() {}

    public static void requireValid(ContentFilterSettings settings) {
        FilterSensitivities s = settings.sensitivity();
        Map<String, Object> sensitivities = new LinkedHashMap<>();
        sensitivities.put("profanity", s.profanity());
        sensitivities.put("spam", s.spam());
        sensitivities.put("hateSpeech", s.hateSpeech());
        sensitivities.put("maliciousUrls", s.maliciousUrls());
        sensitivities.put("pii", s.pii());
        sensitivities.forEach((name, value) -> {
            if (value == null) {
                throw DomainRuleViolation.invalid(
                        PROBLEM, "sensitivity." + name, "a sensitivity is required: OFF, LOW, MEDIUM or HIGH");
            }
        });
        requireEntries("profanityWords", settings.profanityWords(), false);
        requireEntries("hateSpeechTerms", settings.hateSpeechTerms(), false);
        requireEntries("spamPhrases", settings.spamPhrases(), false);
        requireEntries("blockedDomains", settings.blockedDomains(), true);
        requireEntries("allowedDomains", settings.allowedDomains(), true);
        requireEntries("allowedWords", settings.allowedWords(), false);
        requireEntries("piiAllowList", settings.piiAllowList(), false);
    }

    public static void requireValidEntry(BlocklistKind kind, String value) {
        if (kind == null) {
            throw DomainRuleViolation.invalid(PROBLEM, "kind", "kind must be WORD or URL_DOMAIN");
        }
        requireEntry("value", value, kind == BlocklistKind.URL_DOMAIN);
    }

    private static void requireEntries(String field, List<String> entries, boolean domains) {
        if (entries.size() > ContentFilterSettings.MAX_ENTRIES) {
            throw DomainRuleViolation.invalid(
                    PROBLEM, field, "at most " + ContentFilterSettings.MAX_ENTRIES + " entries");
        }
        for (String entry : entries) {
            requireEntry(field, entry, domains);
        }
    }

    private static void requireEntry(String field, String entry, boolean domain) {
        if (entry == null || entry.isBlank()) {
            throw DomainRuleViolation.invalid(PROBLEM, field, "entries must not be blank");
        }
        if (entry.length() > ContentFilterSettings.MAX_ENTRY_LENGTH) {
            throw DomainRuleViolation.invalid(
                    PROBLEM, field, "entries have at most " + ContentFilterSettings.MAX_ENTRY_LENGTH + " characters");
        }
        if (domain && !DOMAIN.matcher(entry.strip()).matches()) {
            throw DomainRuleViolation.invalid(
                    PROBLEM, field, "'" + entry + "' is not a domain name (letters, digits, '-' and '.')");
        }
    }
}
