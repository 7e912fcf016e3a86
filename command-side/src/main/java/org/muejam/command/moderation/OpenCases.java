package org.muejam.command.moderation;

import org.muejam.shared.moderation.ReportSubjectType;

/**
 * Which case is open about an item: duplicate reports on one item join one case. The adapter keeps one row per item
 * with an open case, taken atomically, and the case gives it back when it is resolved.
 */
public interface OpenCases {

    /** The open case about the item: {@code proposed} when there was none (it is now), the existing one otherwise. */
    String claim(ReportSubjectType type, String subjectId, String proposed);

    /** The case is resolved: the next report on the item opens a new one. */
    void release(ReportSubjectType type, String subjectId, String caseId);
}
