package org.muejam.shared.content;

/**
 * What one automated filter found in a submission that it let through but wants a moderator to see.
 *
 * @param rule the filter's stable name (profanity, spam, hate-speech, malicious-url, pii, …)
 * @param category a finer reason inside the rule (a lexicon's category, a spam pattern)
 * @param severity LOW, MEDIUM, HIGH or CRITICAL; hate speech is HIGH or above
 * @param detail a short explanation without the personal data the filter may have seen
 */
public record ScreeningFinding(String rule, String category, String severity, String detail) {}
