package org.muejam.command.content.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.muejam.command.content.ContentRefusal;
import org.muejam.command.content.ContentSanitizer;
import org.muejam.command.content.ContentScreening;
import org.muejam.command.content.screening.BlockedSubmissions;
import org.muejam.command.content.screening.ContentFilter;
import org.muejam.command.content.screening.FilterOutcome;
import org.muejam.command.content.screening.HateSpeechFilter;
import org.muejam.command.content.screening.MaliciousUrlFilter;
import org.muejam.command.content.screening.PiiDetector;
import org.muejam.command.content.screening.PiiFilter;
import org.muejam.command.content.screening.ProfanityFilter;
import org.muejam.command.content.screening.SpamFilter;
import org.muejam.command.content.screening.UrlReputation;
import org.muejam.shared.content.ScreeningFinding;
import org.muejam.shared.content.filters.ContentFilterSettings;
import org.muejam.shared.content.filters.PiiType;
import org.springframework.stereotype.Service;

/**
 * The filters every submission passes, in this order: spam, profanity, hate speech, malicious URLs, personal
 * data, each field of the submission through each filter, with the configuration in force (read through the
 * query bus, cached briefly). The first refusal wins: it is recorded as a {@code ContentBlockedEvent} apart from
 * the refused command (whose unit of work stores nothing) and thrown as {@code content-refused} naming the rule.
 * Flags are collected; SSNs and card numbers are redacted in the texts handed back, so the originals never reach
 * an event.
 *
 * <p>The filters read the text as submitted; what is handed back to be stored is, for the fields that hold HTML
 * ({@link #MARKUP_FIELDS}), also sanitized through the {@link ContentSanitizer} port (jsoup's allow-list). Titles,
 * tags and other short fields are plain text, escaped by whoever shows them.
 */
@Service
public class ScreeningPipeline implements ContentScreening {

    /** The fields whose text is HTML. */
    public static final Set<String> MARKUP_FIELDS = Set.of("description", "content");

    private final List<ContentFilter> filters;
    private final ContentSanitizer sanitizer;
    private final FilterSettingsCache settings;
    private final BlockedSubmissions blocked;

    public ScreeningPipeline(
            UrlReputation reputation,
            BlockedSubmissions blocked,
            FilterSettingsCache settings,
            ContentSanitizer sanitizer) {
        this.sanitizer = sanitizer;
        this.filters = List.of(
                new SpamFilter(),
                new ProfanityFilter(),
                new HateSpeechFilter(),
                new MaliciousUrlFilter(reputation),
                new PiiFilter());
        this.settings = settings;
        this.blocked = blocked;
    }

    /** The filters' names in the order they run. */
    public List<String> rules() {
        return filters.stream().map(ContentFilter::rule).toList();
    }

    @Override
    public Screened screen(Submission submission) {
        ContentFilterSettings current = settings.current();
        List<ScreeningFinding> flags = new ArrayList<>();
        Map<String, String> kept = new LinkedHashMap<>();
        for (Map.Entry<String, String> field : submission.texts().entrySet()) {
            String text = field.getValue();
            if (text == null || text.isEmpty()) {
                kept.put(field.getKey(), text);
                continue;
            }
            for (ContentFilter filter : filters) {
                FilterOutcome outcome = filter.apply(text, current);
                if (outcome instanceof FilterOutcome.Flag flag) {
                    flags.add(flag.finding());
                } else if (outcome instanceof FilterOutcome.Block block) {
                    blocked.record(submission.type(), submission.author(), field.getKey(), block);
                    throw ContentRefusal.refused(
                            block.rule(), "'" + field.getKey() + "' was refused: " + block.reason());
                }
            }
            String redacted = PiiDetector.redact(text, current);
            kept.put(field.getKey(), MARKUP_FIELDS.contains(field.getKey()) ? sanitizer.sanitize(redacted) : redacted);
        }
        return new Screened(kept, List.copyOf(flags));
    }

    /** The kinds of personal data in a text, for a client to warn before it submits; never the values. */
    public Set<PiiType> personalData(String text) {
        return PiiDetector.detect(text, settings.current());
    }
}
