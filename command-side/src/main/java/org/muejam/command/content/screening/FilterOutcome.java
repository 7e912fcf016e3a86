package org.muejam.command.content.screening;

import java.util.Objects;
import org.muejam.shared.content.ScreeningFinding;

/** What one filter decided about one text: let it through, let it through and flag it, or refuse it. */
public sealed interface FilterOutcome {

    Allow ALLOW = new Allow();

    static FilterOutcome flag(String rule, String category, String severity, String detail) {
        return new Flag(new ScreeningFinding(rule, category, severity, detail));
    }

    static FilterOutcome block(String rule, String category, String reason) {
        return new Block(rule, category, reason, null);
    }

    /** Nothing to report. */
    record Allow() implements FilterOutcome {}

    /** Store the text, and report the finding to moderation. */
    record Flag(ScreeningFinding finding) implements FilterOutcome {
        public Flag {
            Objects.requireNonNull(finding, "finding");
        }
    }

    /**
     * Refuse the submission.
     *
     * @param rule the filter's name (the refusal's field)
     * @param category the pattern inside the rule
     * @param reason a sentence for the author, without the personal data the filter saw
     * @param urlHost the host of the refused URL, for the malicious-url rule; otherwise null
     */
    record Block(String rule, String category, String reason, String urlHost) implements FilterOutcome {
        public Block {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
