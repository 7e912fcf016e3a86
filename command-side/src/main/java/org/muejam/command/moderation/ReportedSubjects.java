package org.muejam.command.moderation;

import java.util.Optional;
import org.muejam.shared.moderation.ReportSubjectType;

/** What a report is about, as the read models know it: its author and its text as it stands when reported. */
public interface ReportedSubjects {

    /** Longest snapshot kept with a report (characters); a longer text is cut and marked. */
    int MAX_SNAPSHOT = 20_000;

    record ReportedSubject(String authorId, String snapshot) {}

    /** The subject as {@code viewerId} may see it, or empty when it does not exist or is not visible to them. */
    Optional<ReportedSubject> find(ReportSubjectType type, String subjectId, String viewerId);
}
