package org.muejam.command.moderation.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.muejam.command.moderation.abuse.AbuseDetector;
import org.muejam.command.moderation.abuse.AbuseFlag;
import org.muejam.command.moderation.abuse.AbuseLedger;
import org.muejam.command.moderation.abuse.AbuseThresholds;
import org.muejam.command.moderation.abuse.FlaggedContentReports;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.content.ScreeningFinding;
import org.muejam.shared.moderation.ReportSubjectType;
import org.springframework.stereotype.Service;

/**
 * The platform reporting what its filters flagged and what its abuse detector saw, as the system reporter. A
 * detector flag is a HIGH-severity report about the account (never a sanction: a moderator decides), raised once
 * per rule, subject and window (the ledger remembers which were raised).
 */
@Service
public class AutomatedReports {

    /** Details of a report have at most this many characters. */
    static final int DETAILS = 2000;

    private final Reports reports;
    private final AbuseDetector detector;
    private final Clock clock;

    public AutomatedReports(Reports reports, AbuseThresholds thresholds, AbuseLedger ledger, Clock clock) {
        this.reports = reports;
        this.detector = new AbuseDetector(thresholds, ledger, clock);
        this.clock = clock;
    }

    /** A content filter let a submission through and flagged it. */
    public void flagged(ContentType type, String contentId, String authorId, ScreeningFinding finding) {
        FlaggedContentReports.AutomatedReport report = FlaggedContentReports.of(type, contentId, authorId, finding);
        reports.fileAutomated(
                report.type(),
                report.subjectId(),
                report.authorId(),
                report.reason(),
                bounded(report.details()),
                report.severity());
    }

    /** An account was registered from a network whose keyed hash is {@code addressKey}. */
    public void registered(String addressKey, String userId, Instant at) {
        file(detector.registered(addressKey, userId, at));
    }

    /** A story, chapter, comment or whisper was created. */
    public void created(String authorId, String itemId, Instant at) {
        file(detector.created(authorId, itemId, at));
    }

    /** A comment or whisper whose normalized text has the keyed hash {@code textKey} and {@code length}. */
    public void posted(String textKey, int length, String authorId, String itemId, Instant at) {
        file(detector.posted(textKey, length, authorId, itemId, at));
    }

    /** Forgets the observations no rule reads any more. */
    public void prune() {
        detector.prune(clock.instant());
    }

    private void file(List<AbuseFlag> flags) {
        for (AbuseFlag flag : flags) {
            reports.fileAutomated(
                    ReportSubjectType.USER,
                    flag.account(),
                    flag.account(),
                    flag.rule().reason(),
                    bounded("Abuse detector (" + flag.rule().slug() + "): " + flag.details()),
                    "HIGH");
        }
    }

    private static String bounded(String details) {
        String clean = details.replace("\u0000", "");
        return clean.length() > DETAILS ? clean.substring(0, DETAILS - 1) + "…" : clean;
    }
}
