package org.muejam.command.content;

import java.util.List;
import java.util.Map;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.content.ScreeningFinding;
import org.muejam.shared.identity.UserId;

/**
 * The automated filters every submission passes before any event is stored: sanitizing, profanity, spam, hate
 * speech, malicious URLs and personal data. A refused submission throws a {@link
 * org.muejam.command.shared.DomainRuleViolation} of kind INVALID whose problem type is {@code content-refused}
 * and whose field names the refusing rule (answered 422 with a {@code rule} member); nothing is stored then.
 */
public interface ContentScreening {

    /** One submission: its texts by field name (title, description, content, …), in a stable order. */
    record Submission(UserId author, ContentType type, Map<String, String> texts) {}

    /**
     * What may be stored: the texts as they are to be kept (sanitized, with card and social security numbers
     * redacted) under the same field names, and the findings to report to moderation.
     */
    record Screened(Map<String, String> texts, List<ScreeningFinding> flags) {}

    Screened screen(Submission submission);
}
