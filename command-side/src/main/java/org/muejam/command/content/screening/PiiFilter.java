package org.muejam.command.content.screening;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.muejam.shared.content.filters.ContentFilterSettings;
import org.muejam.shared.content.filters.PiiType;
import org.muejam.shared.content.filters.Sensitivity;

/**
 * Personal data never refuses a submission: SSNs and card numbers are redacted before anything is stored (the
 * pipeline applies {@link PiiDetector#redact}), and at HIGH sensitivity contact details (email addresses, phone
 * numbers) are flagged for moderation, naming their kinds only.
 */
public final class PiiFilter implements ContentFilter {

    public static final String RULE = "pii";

    @Override
    public String rule() {
        return RULE;
    }

    @Override
    public FilterOutcome apply(String text, ContentFilterSettings settings) {
        if (settings.sensitivity().pii() != Sensitivity.HIGH) {
            return FilterOutcome.ALLOW;
        }
        Set<PiiType> contact = PiiDetector.detect(text, settings).stream()
                .filter(t -> t == PiiType.EMAIL || t == PiiType.PHONE)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PiiType.class)));
        if (contact.isEmpty()) {
            return FilterOutcome.ALLOW;
        }
        return FilterOutcome.flag(
                RULE,
                "contact-details",
                "LOW",
                "contact details: " + contact.stream().map(Enum::name).collect(Collectors.joining(", ")));
    }
}
