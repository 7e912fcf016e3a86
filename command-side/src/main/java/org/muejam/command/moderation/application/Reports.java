package org.muejam.command.moderation.application;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.muejam.command.moderation.OpenCases;
import org.muejam.command.moderation.ReportedSubjects;
import org.muejam.command.moderation.ReportedSubjects.ReportedSubject;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.moderation.FileReportCommand;
import org.muejam.shared.moderation.ModerationIds;
import org.muejam.shared.moderation.ReportReason;
import org.muejam.shared.moderation.ReportSubjectType;
import org.muejam.shared.text.EnumNames;
import org.springframework.stereotype.Service;

/**
 * Reports on content and people, by people and by the platform's own filters and detectors (the system actor).
 * Reports on one item join its open case; once that case is resolved, the next report opens a new one.
 */
@Service
public class Reports {

    /** Tries of a report whose open case was resolved in the meantime (each try finds the next case). */
    private static final int TRIES = 3;

    public record FiledReport(String reportId, String caseId) {}

    private final CommandGateway commands;
    private final OpenCases openCases;
    private final ReportedSubjects subjects;

    public Reports(CommandGateway commands, OpenCases openCases, ReportedSubjects subjects) {
        this.commands = commands;
        this.openCases = openCases;
        this.subjects = subjects;
    }

    /** A signed-in person reports something they can see, other than their own. */
    public FiledReport file(UserId reporter, String contentType, String contentId, String reason, String details) {
        ReportSubjectType type = ReportSubjectType.fromSlug(contentType)
                .orElseThrow(() -> DomainRuleViolation.invalid(
                        "invalid-content-type",
                        "contentType",
                        "the content type is story, chapter, whisper, comment or user"));
        ReportReason why = reason(reason);
        if (details != null && details.length() > 2000) {
            throw DomainRuleViolation.invalid("details-too-long", "details", "details have at most 2000 characters");
        }
        if (contentId == null || contentId.isBlank() || contentId.length() > 64) {
            throw notFound(type);
        }
        ReportedSubject subject =
                subjects.find(type, contentId, reporter.value()).orElseThrow(() -> notFound(type));
        if (subject.authorId().equals(reporter.value())) {
            throw DomainRuleViolation.invalid("own-content", null, "nobody reports their own " + type.slug());
        }
        String text = details == null || details.isBlank() ? null : details.strip();
        return submit(reporter, false, type, contentId, subject.authorId(), why, text, subject.snapshot(), null);
    }

    /**
     * A filter or detector reports content or an account; {@code severity} (LOW, MEDIUM, HIGH) weighs in the queue.
     * The snapshot is taken as the author sees the content, and left out when the read model has not caught up.
     */
    public FiledReport fileAutomated(
            ReportSubjectType type,
            String subjectId,
            String authorId,
            ReportReason reason,
            String details,
            String severity) {
        String snapshot = subjects.find(type, subjectId, authorId)
                .map(ReportedSubject::snapshot)
                .orElse(null);
        UserId system = UserId.of(ModerationIds.SYSTEM_REPORTER);
        return submit(system, true, type, subjectId, authorId, reason, details, snapshot, severity);
    }

    private FiledReport submit(
            UserId reporter,
            boolean automated,
            ReportSubjectType type,
            String subjectId,
            String authorId,
            ReportReason reason,
            String details,
            String snapshot,
            String severity) {
        DomainRuleViolation last = null;
        for (int i = 0; i < TRIES; i++) {
            String caseId = openCases.claim(type, subjectId, ModerationIds.newCase());
            try {
                String reportId = commands.sendAndWait(new FileReportCommand(
                        caseId,
                        ModerationIds.newReport(),
                        reporter,
                        automated,
                        type,
                        subjectId,
                        authorId,
                        reason,
                        details,
                        snapshot,
                        severity));
                return new FiledReport(reportId, caseId);
            } catch (DomainRuleViolation resolved) {
                if (!"case-resolved".equals(resolved.problemType())) {
                    throw resolved;
                }
                // resolved between the lookup and the report: it gave its row back, the next try opens a case
                openCases.release(type, subjectId, caseId);
                last = resolved;
            }
        }
        throw last;
    }

    private static ReportReason reason(String reason) {
        return EnumNames.parse(ReportReason.class, reason)
                .orElseThrow(() -> DomainRuleViolation.invalid(
                        "invalid-reason",
                        "reason",
                        "the reason is SPAM, HARASSMENT, HATE, NSFW, PII, COPYRIGHT or OTHER"));
    }

    private static DomainRuleViolation notFound(ReportSubjectType type) {
        return DomainRuleViolation.notFound(
                "content-not-found", "contentId", "no " + type.slug() + " with this id that you can see");
    }
}
