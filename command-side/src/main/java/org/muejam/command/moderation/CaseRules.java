package org.muejam.command.moderation;

import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.shared.ModerationReason;
import org.muejam.shared.moderation.AppealDecision;
import org.muejam.shared.moderation.FileReportCommand;
import org.muejam.shared.moderation.ModerationAction;
import org.muejam.shared.moderation.ModerationIds;
import org.muejam.shared.moderation.ReportReason;
import org.muejam.shared.moderation.ReportSubjectType;

/** The checks of a case that need no state: what a report holds, which action fits which subject, the texts. */
final class CaseRules {

    static final int MAX_DETAILS = 2000;
    static final int MAX_APPEAL = 5000;
    static final int MAX_SUSPENSION_DAYS = 3650;

    private CaseRules() {}

    static void requireReport(FileReportCommand command) {
        if (!ModerationIds.isValid(ModerationIds.CASE, command.caseId())
                || !ModerationIds.isValid(ModerationIds.REPORT, command.reportId())) {
            throw DomainRuleViolation.invalid(
                    "invalid-report-id", null, "a case is case:<uuid>, a report report:<uuid>");
        }
        if (command.reporterId() == null
                || command.subjectType() == null
                || command.subjectId() == null
                || command.authorId() == null
                || command.reason() == null) {
            throw DomainRuleViolation.invalid(
                    "incomplete-report", null, "a report names its reporter, subject, author and reason");
        }
        if (command.details() != null && command.details().length() > MAX_DETAILS) {
            throw DomainRuleViolation.invalid(
                    "details-too-long", "details", "details have at most " + MAX_DETAILS + " characters");
        }
    }

    /** HIDE and DELETE take content down, which a person or a chapter alone is not. */
    static void requireApplicable(ReportSubjectType subject, ModerationAction action) {
        boolean takedown = action == ModerationAction.HIDE || action == ModerationAction.DELETE;
        if (takedown && (subject == ReportSubjectType.USER || subject == ReportSubjectType.CHAPTER)) {
            throw DomainRuleViolation.invalid(
                    "action-not-applicable",
                    null,
                    action + " takes down a story, comment or whisper; a person is warned, suspended or shadowbanned,"
                            + " and a chapter goes with its story");
        }
    }

    /** DISMISS needs a reason; any other action falls back on the reports' reason category. */
    static String reason(ModerationAction action, String given, ReportReason reported) {
        if (action == ModerationAction.DISMISS || (given != null && !given.isBlank())) {
            return ModerationReason.require(given);
        }
        return ModerationReason.require(reported.name());
    }

    /** A suspension lasts 1 to 3,650 days, or is permanent (null); other actions have no duration. */
    static Integer duration(ModerationAction action, Integer days) {
        if (action != ModerationAction.SUSPEND) {
            return null;
        }
        if (days != null && (days < 1 || days > MAX_SUSPENSION_DAYS)) {
            throw DomainRuleViolation.invalid(
                    "invalid-duration", "durationDays", "a suspension lasts 1 to " + MAX_SUSPENSION_DAYS + " days");
        }
        return days;
    }

    static String appealText(String text) {
        if (text == null || text.isBlank()) {
            throw DomainRuleViolation.invalid("appeal-text-required", "text", "an appeal says why");
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_APPEAL) {
            throw DomainRuleViolation.invalid(
                    "appeal-text-too-long", "text", "an appeal has at most " + MAX_APPEAL + " characters");
        }
        return stripped;
    }

    static String decisionReason(AppealDecision decision, String given) {
        if (given == null || given.isBlank()) {
            return decision == AppealDecision.UPHOLD ? "appeal upheld" : "appeal denied";
        }
        return ModerationReason.require(given);
    }
}
