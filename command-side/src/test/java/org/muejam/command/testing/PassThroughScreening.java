package org.muejam.command.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.muejam.command.content.ContentRefusal;
import org.muejam.command.content.ContentScreening;
import org.muejam.shared.content.ScreeningFinding;

/**
 * Test double for {@link ContentScreening}: lets every text through as it is (or changed by a given function), adds
 * the findings a test asks for, refuses when a test asks it to, and keeps what it was shown.
 */
public final class PassThroughScreening implements ContentScreening {

    private final List<Submission> seen = new ArrayList<>();
    private final List<ScreeningFinding> flags = new ArrayList<>();
    private UnaryOperator<String> rewrite = UnaryOperator.identity();
    private String refusingRule;

    /** Every later submission is reported with this finding. */
    public PassThroughScreening flagging(ScreeningFinding finding) {
        flags.add(finding);
        return this;
    }

    /** Every later submission's texts are stored as {@code rewrite} makes them (a redaction, say). */
    public PassThroughScreening rewriting(UnaryOperator<String> rewrite) {
        this.rewrite = rewrite;
        return this;
    }

    /** Every later submission is refused by the named rule. */
    public PassThroughScreening refusingBy(String rule) {
        this.refusingRule = rule;
        return this;
    }

    public List<Submission> seen() {
        return List.copyOf(seen);
    }

    @Override
    public Screened screen(Submission submission) {
        seen.add(submission);
        if (refusingRule != null) {
            throw ContentRefusal.refused(refusingRule, "refused by " + refusingRule);
        }
        Map<String, String> texts = new LinkedHashMap<>();
        submission.texts().forEach((field, text) -> texts.put(field, text == null ? null : rewrite.apply(text)));
        return new Screened(texts, List.copyOf(flags));
    }
}
