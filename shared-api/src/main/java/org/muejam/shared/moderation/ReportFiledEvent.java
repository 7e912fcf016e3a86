package org.muejam.shared.moderation;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.personaldata.DataSubject;
import org.muejam.shared.personaldata.PersonalData;

/**
 * A report joined its case: who reported (the system actor for automated ones), why, what they wrote, the content as
 * it stood then, and for an automated report the finding's severity. What a person wrote is their personal data,
 * keyed by the reporter (decision 0043); an automated report's explanation names nobody and is keyed by the system
 * actor, whose key is never erased.
 */
@Revision("1")
public record ReportFiledEvent(
        String caseId,
        String reportId,
        @DataSubject String reporterId,
        boolean automated,
        ReportSubjectType subjectType,
        String subjectId,
        String authorId,
        ReportReason reason,
        @PersonalData String details,
        String snapshot,
        String severity,
        Instant filedAt) {}
