package org.muejam.shared.content.filters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything administrators configure about the automated filters.
 *
 * @param sensitivity how eagerly each filter acts
 * @param profanityWords the profanity list (words; the block-list's WORD entries land here)
 * @param hateSpeechTerms the hate-speech lexicon (words or phrases); a hit flags, never blocks
 * @param spamPhrases phrases spam is known by
 * @param blockedDomains URL domains refused with every subdomain (the block-list's URL_DOMAIN entries)
 * @param allowedDomains URL domains never blocked nor sent to the reputation service
 * @param allowedWords words the profanity and hate-speech filters never report (false positives)
 * @param piiAllowList values the PII filter never reports nor redacts (a published support address, say)
 */
public record ContentFilterSettings(
        FilterSensitivities sensitivity,
        List<String> profanityWords,
        List<String> hateSpeechTerms,
        List<String> spamPhrases,
        List<String> blockedDomains,
        List<String> allowedDomains,
        List<String> allowedWords,
        List<String> piiAllowList) {

    /** The single configuration's aggregate identifier. */
    public static final String DEFAULT_ID = "default";

    /** At most this many entries in one list. */
    public static final int MAX_ENTRIES = 1000;

    /** At most this many characters in one entry. */
    public static final int MAX_ENTRY_LENGTH = 100;

    public ContentFilterSettings {
        sensitivity = sensitivity == null ? FilterSensitivities.defaults() : sensitivity;
        profanityWords = copy(profanityWords);
        hateSpeechTerms = copy(hateSpeechTerms);
        spamPhrases = copy(spamPhrases);
        blockedDomains = copy(blockedDomains);
        allowedDomains = copy(allowedDomains);
        allowedWords = copy(allowedWords);
        piiAllowList = copy(piiAllowList);
    }

    /**
     * The built-in configuration, used until an administrator stores one: a small, mild lexicon meant to be
     * extended by administrators, not a complete one.
     */
    public static ContentFilterSettings defaults() {
        return new ContentFilterSettings(
                FilterSensitivities.defaults(),
                List.of("fuck", "shit", "bitch", "asshole", "bastard", "dickhead", "motherfucker"),
                List.of("subhuman", "vermin", "ethnic cleansing", "race traitor", "gas them"),
                List.of(
                        "buy now",
                        "click here",
                        "free money",
                        "work from home",
                        "limited time offer",
                        "100% free",
                        "casino bonus",
                        "crypto giveaway",
                        "double your money"),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    /** These settings with one more block-list entry; the entry is kept as given, lower-cased. */
    public ContentFilterSettings withBlocklistEntry(BlocklistKind kind, String value) {
        String entry = value.strip().toLowerCase(Locale.ROOT);
        return switch (kind) {
            case WORD ->
                new ContentFilterSettings(
                        sensitivity,
                        plus(profanityWords, entry),
                        hateSpeechTerms,
                        spamPhrases,
                        blockedDomains,
                        allowedDomains,
                        allowedWords,
                        piiAllowList);
            case URL_DOMAIN ->
                new ContentFilterSettings(
                        sensitivity,
                        profanityWords,
                        hateSpeechTerms,
                        spamPhrases,
                        plus(blockedDomains, entry),
                        allowedDomains,
                        allowedWords,
                        piiAllowList);
        };
    }

    /** Whether the block-list of this kind holds the entry already (ignoring case and surrounding blanks). */
    public boolean blocklistContains(BlocklistKind kind, String value) {
        String entry = value.strip().toLowerCase(Locale.ROOT);
        List<String> list = kind == BlocklistKind.WORD ? profanityWords : blockedDomains;
        return list.stream().anyMatch(e -> e.strip().toLowerCase(Locale.ROOT).equals(entry));
    }

    private static List<String> copy(List<String> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }

    private static List<String> plus(List<String> list, String entry) {
        List<String> longer = new ArrayList<>(list);
        longer.add(entry);
        return List.copyOf(longer);
    }
}
