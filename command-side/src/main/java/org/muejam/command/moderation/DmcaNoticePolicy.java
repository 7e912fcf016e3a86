package org.muejam.command.moderation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.moderation.FileDmcaCounterNoticeCommand;
import org.muejam.shared.moderation.SubmitDmcaTakedownCommand;

/**
 * The elements a notice must hold to count (17 U.S.C. § 512(c)(3)): who holds the copyright, how to reach them (an
 * email address at least: the counter-notice goes there), the work, where the copy is, the good-faith statement and
 * the statement of accuracy under penalty of perjury (both made: true), and a signature. Whatever is missing is named
 * at once, so a claimant fixes the notice in one go; a counter-notice needs its statement and signature likewise.
 */
public final class DmcaNoticePolicy {

    public static final String INCOMPLETE = "dmca-notice-incomplete";
    public static final String COUNTER_NOTICE_INCOMPLETE = "dmca-counter-notice-incomplete";

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private DmcaNoticePolicy() {}

    public static void requireComplete(SubmitDmcaTakedownCommand notice) {
        Map<String, String> missing = new LinkedHashMap<>();
        required(missing, "copyrightHolder", notice.copyrightHolder(), "the copyright holder is required");
        if (blank(notice.contactEmail())) {
            missing.put("contact.email", "an email address to reach the claimant is required");
        } else if (!EMAIL.matcher(notice.contactEmail().strip()).matches()) {
            missing.put("contact.email", "not an email address");
        }
        required(
                missing,
                "workDescription",
                notice.workDescription(),
                "a description of the copyrighted work is required");
        required(missing, "infringingUrl", notice.infringingUrl(), "the URL of the infringing material is required");
        statement(
                missing,
                "goodFaithStatement",
                notice.goodFaithStatement(),
                "the statement of good-faith belief that the use is not authorised must be made (true)");
        statement(
                missing,
                "accuracyStatement",
                notice.accuracyStatement(),
                "the statement, under penalty of perjury, that the notice is accurate and that you may act for the"
                        + " holder must be made (true)");
        required(missing, "signature", notice.signature(), "a physical or electronic signature is required");
        if (!missing.isEmpty()) {
            throw DomainRuleViolation.incomplete(
                    INCOMPLETE, missing, "the notice lacks required elements: " + String.join(", ", missing.keySet()));
        }
    }

    public static void requireComplete(FileDmcaCounterNoticeCommand counterNotice) {
        Map<String, String> missing = new LinkedHashMap<>();
        required(
                missing,
                "statement",
                counterNotice.statement(),
                "a statement, under penalty of perjury, that the material was removed by mistake or misidentification"
                        + " is required");
        required(missing, "signature", counterNotice.signature(), "a physical or electronic signature is required");
        if (!missing.isEmpty()) {
            throw DomainRuleViolation.incomplete(
                    COUNTER_NOTICE_INCOMPLETE,
                    missing,
                    "the counter-notice lacks required elements: " + String.join(", ", missing.keySet()));
        }
    }

    private static void required(Map<String, String> missing, String field, String value, String message) {
        if (blank(value)) {
            missing.put(field, message);
        }
    }

    private static void statement(Map<String, String> missing, String field, Boolean value, String message) {
        if (!Boolean.TRUE.equals(value)) {
            missing.put(field, message);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
