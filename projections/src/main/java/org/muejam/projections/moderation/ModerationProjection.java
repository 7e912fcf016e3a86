package org.muejam.projections.moderation;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.muejam.shared.identity.AccountErasedEvent;
import org.muejam.shared.moderation.AppealDecidedEvent;
import org.muejam.shared.moderation.AppealDecision;
import org.muejam.shared.moderation.AppealFiledEvent;
import org.muejam.shared.moderation.AppealWindowClosedEvent;
import org.muejam.shared.moderation.CaseClaimExpiredEvent;
import org.muejam.shared.moderation.CaseClaimedEvent;
import org.muejam.shared.moderation.CaseOpenedEvent;
import org.muejam.shared.moderation.ModerationActionReversedEvent;
import org.muejam.shared.moderation.ModerationActionTakenEvent;
import org.muejam.shared.moderation.ModerationIds;
import org.muejam.shared.moderation.PriorityScore;
import org.muejam.shared.moderation.ReportFiledEvent;
import org.muejam.shared.moderation.ReportReason;
import org.muejam.shared.moderation.ReportSubjectType;
import org.muejam.shared.moderation.StrikeRecordedEvent;
import org.muejam.shared.personaldata.PersonalData;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Moderation cases, their reports, the reporters' records, strikes and appeals (decision 0035). Every write is an
 * upsert or an update by key, and every count and score is recomputed from the rows, so a replay rewrites the rows in
 * place. A report's reporter accuracy is the reporter's record as of its filing (reports resolved before it), so it
 * is the same whichever order segments replay in; a resolution recomputes it for the reporter's later reports. Texts
 * lose NUL and are cut to their columns, a missing time is the event's own: no event can stop the projection.
 */
@Component
@ProcessingGroup(ModerationProjection.NAME)
public class ModerationProjection {

    public static final String NAME = ReadModels.MODERATION;

    static final int ID = 64;
    static final int SEVERITY = 8;
    static final int DETAILS = 5_000;
    static final int SNAPSHOT = 100_000;
    static final int REASON = 2_000;
    static final int APPEAL_TEXT = 5_000;

    private final JdbcTemplate jdbc;

    public ModerationProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(
            CaseOpenedEvent event,
            @SequenceNumber long sequence,
            @org.axonframework.eventhandling.Timestamp Instant at) {
        String caseId = id(event.caseId());
        if (caseId == null) {
            return;
        }
        Instant openedAt = millis(event.openedAt(), at);
        jdbc.update(
                """
                INSERT INTO moderation_case (case_id, subject_type, subject_id, author_id, status, rank_key, opened_at,
                                             version)
                VALUES (?, ?, ?, ?, 'OPEN', ?, ?, ?)
                ON CONFLICT (case_id) DO UPDATE SET subject_type = excluded.subject_type,
                    subject_id = excluded.subject_id, author_id = excluded.author_id, status = 'OPEN',
                    opened_at = excluded.opened_at, version = excluded.version, claimed_by = NULL,
                    claim_expires_at = NULL, resolution_action = NULL, resolved_by = NULL, resolution_reason = NULL,
                    duration_days = NULL, resolved_at = NULL, reversed = false, reversed_by = NULL,
                    reversed_at = NULL""",
                caseId,
                slug(event.subjectType()),
                id(event.subjectId()),
                id(event.authorId()),
                PriorityScore.rankKey(0, openedAt),
                Timestamp.from(openedAt),
                sequence);
        rescore(caseId);
    }

    @EventHandler
    void on(
            ReportFiledEvent event,
            @SequenceNumber long sequence,
            @org.axonframework.eventhandling.Timestamp Instant at) {
        String caseId = id(event.caseId());
        if (caseId == null) {
            return;
        }
        Instant filedAt = millis(event.filedAt(), at);
        // a report whose case's opening is missing (parked, evicted) still opens a row the queue can show
        jdbc.update(
                """
                INSERT INTO moderation_case (case_id, subject_type, subject_id, author_id, status, rank_key, opened_at,
                                             version)
                VALUES (?, ?, ?, ?, 'OPEN', ?, ?, ?) ON CONFLICT (case_id) DO NOTHING""",
                caseId,
                slug(event.subjectType()),
                id(event.subjectId()),
                id(event.authorId()),
                PriorityScore.rankKey(0, filedAt),
                Timestamp.from(filedAt),
                sequence);
        String reportId = id(event.reportId());
        if (reportId != null) {
            String reporter = id(event.reporterId());
            Double accuracy = event.automated() ? null : accuracyAsOf(reporter, reportId, filedAt);
            // the outcome columns are left as they are: the case's own later events set them, in a replay too
            jdbc.update(
                    """
                    INSERT INTO moderation_report (report_id, case_id, reporter_id, reason, details, snapshot,
                                                   automated, severity, filed_at, accuracy_at_filing)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (report_id) DO UPDATE SET case_id = excluded.case_id,
                        reporter_id = excluded.reporter_id, reason = excluded.reason, details = excluded.details,
                        snapshot = excluded.snapshot, automated = excluded.automated, severity = excluded.severity,
                        filed_at = excluded.filed_at, accuracy_at_filing = excluded.accuracy_at_filing""",
                    reportId,
                    caseId,
                    reporter,
                    event.reason() == null ? null : event.reason().name(),
                    text(event.details(), DETAILS),
                    text(event.snapshot(), SNAPSHOT),
                    event.automated(),
                    event.automated() ? text(event.severity(), SEVERITY) : null,
                    Timestamp.from(filedAt),
                    accuracy);
        }
        jdbc.update("UPDATE moderation_case SET version = ? WHERE case_id = ?", sequence, caseId);
        rescore(caseId);
    }

    @EventHandler
    void on(
            CaseClaimedEvent event,
            @SequenceNumber long sequence,
            @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update(
                "UPDATE moderation_case SET claimed_by = ?, claim_expires_at = ?, version = ? WHERE case_id = ?",
                id(event.moderatorId()),
                timestamp(event.expiresAt(), null),
                sequence,
                id(event.caseId()));
    }

    @EventHandler
    void on(CaseClaimExpiredEvent event, @SequenceNumber long sequence) {
        jdbc.update(
                "UPDATE moderation_case SET claimed_by = NULL, claim_expires_at = NULL, version = ? WHERE case_id = ?",
                sequence,
                id(event.caseId()));
    }

    @EventHandler
    void on(
            ModerationActionTakenEvent event,
            @SequenceNumber long sequence,
            @org.axonframework.eventhandling.Timestamp Instant at) {
        String caseId = id(event.caseId());
        Instant takenAt = millis(event.takenAt(), at);
        String action = event.action() == null ? null : event.action().name();
        jdbc.update(
                """
                UPDATE moderation_case SET status = 'RESOLVED', resolution_action = ?, resolved_by = ?,
                    resolution_reason = ?, duration_days = ?, resolved_at = ?, claimed_by = NULL,
                    claim_expires_at = NULL, reversed = false, reversed_by = NULL, reversed_at = NULL, version = ?
                WHERE case_id = ?""",
                action,
                id(event.moderatorId()),
                text(event.reason(), REASON),
                event.durationDays(),
                Timestamp.from(takenAt),
                sequence,
                caseId);
        jdbc.update(
                """
                UPDATE moderation_report SET outcome = ?, outcome_action = ?, resolved_at = ?, upheld = ?,
                    overturned_at = NULL
                WHERE case_id = ?""", event.upheld() ? "UPHELD" : "NOT_UPHELD", action, Timestamp.from(takenAt), event.upheld(), caseId);
        reportersChanged(caseId, takenAt);
    }

    @EventHandler
    void on(
            ModerationActionReversedEvent event,
            @SequenceNumber long sequence,
            @org.axonframework.eventhandling.Timestamp Instant at) {
        String caseId = id(event.caseId());
        Instant reversedAt = millis(event.reversedAt(), at);
        jdbc.update(
                "UPDATE moderation_case SET reversed = true, reversed_by = ?, reversed_at = ?, version = ? WHERE case_id = ?",
                id(event.moderatorId()),
                Timestamp.from(reversedAt),
                sequence,
                caseId);
        jdbc.update(
                "UPDATE moderation_report SET outcome = 'OVERTURNED', overturned_at = ? WHERE case_id = ? AND upheld",
                Timestamp.from(reversedAt),
                caseId);
        jdbc.update(
                "UPDATE moderation_strike SET overruled = true WHERE strike_id = ? OR case_id = ?",
                id(event.strikeId()),
                caseId);
        reportersChanged(caseId, reversedAt);
    }

    @EventHandler
    void on(
            StrikeRecordedEvent event,
            @SequenceNumber long sequence,
            @org.axonframework.eventhandling.Timestamp Instant at) {
        String caseId = id(event.caseId());
        String strikeId = strikeId(event.strikeId(), caseId);
        if (caseId == null || strikeId == null) {
            return;
        }
        jdbc.update(
                """
                INSERT INTO moderation_strike (strike_id, case_id, author_id, action, reason, subject_type,
                                               subject_id, appealable_until, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (strike_id) DO UPDATE SET case_id = excluded.case_id, author_id = excluded.author_id,
                    action = excluded.action, reason = excluded.reason, subject_type = excluded.subject_type,
                    subject_id = excluded.subject_id, appealable_until = excluded.appealable_until,
                    recorded_at = excluded.recorded_at, window_closed = false, overruled = false""",
                strikeId,
                caseId,
                id(event.authorId()),
                event.action() == null ? null : event.action().name(),
                text(event.reason(), REASON),
                slug(event.subjectType()),
                id(event.subjectId()),
                timestamp(event.appealableUntil(), null),
                timestamp(event.recordedAt(), at));
        jdbc.update("UPDATE moderation_case SET version = ? WHERE case_id = ?", sequence, caseId);
    }

    @EventHandler
    void on(AppealWindowClosedEvent event, @SequenceNumber long sequence) {
        String caseId = id(event.caseId());
        jdbc.update(
                "UPDATE moderation_strike SET window_closed = true WHERE strike_id = ?",
                strikeId(event.strikeId(), caseId));
        jdbc.update("UPDATE moderation_case SET version = ? WHERE case_id = ?", sequence, caseId);
    }

    @EventHandler
    void on(
            AppealFiledEvent event,
            @SequenceNumber long sequence,
            @org.axonframework.eventhandling.Timestamp Instant at) {
        String caseId = id(event.caseId());
        String appealId = appealId(event.appealId(), caseId);
        if (caseId == null || appealId == null) {
            return;
        }
        jdbc.update(
                """
                INSERT INTO moderation_appeal (appeal_id, case_id, strike_id, author_id, text, status, filed_at)
                VALUES (?, ?, ?, ?, ?, 'PENDING', ?)
                ON CONFLICT (appeal_id) DO UPDATE SET case_id = excluded.case_id, strike_id = excluded.strike_id,
                    author_id = excluded.author_id, text = excluded.text, status = 'PENDING',
                    filed_at = excluded.filed_at, decided_by = NULL, decision_reason = NULL, decided_at = NULL""",
                appealId,
                caseId,
                strikeId(event.strikeId(), caseId),
                id(event.authorId()),
                text(event.text(), APPEAL_TEXT),
                timestamp(event.filedAt(), at));
        jdbc.update("UPDATE moderation_case SET version = ? WHERE case_id = ?", sequence, caseId);
    }

    /**
     * What an erased person wrote as a reporter or an appellant goes at once, as their key goes (decision 0043): the
     * rows keep ids, reasons, outcomes and times; a rebuild reads the same placeholder from the events.
     */
    @EventHandler
    void on(AccountErasedEvent event) {
        String userId = event.userId().value();
        jdbc.update(
                "UPDATE moderation_report SET details = ? WHERE reporter_id = ? AND details IS NOT NULL",
                PersonalData.ERASED,
                userId);
        jdbc.update(
                "UPDATE moderation_appeal SET text = ? WHERE author_id = ? AND text IS NOT NULL",
                PersonalData.ERASED,
                userId);
    }

    @EventHandler
    void on(
            AppealDecidedEvent event,
            @SequenceNumber long sequence,
            @org.axonframework.eventhandling.Timestamp Instant at) {
        String caseId = id(event.caseId());
        jdbc.update(
                """
                UPDATE moderation_appeal SET status = ?, decided_by = ?, decision_reason = ?, decided_at = ?
                WHERE appeal_id = ?""",
                event.decision() == AppealDecision.UPHOLD
                        ? "UPHELD"
                        : event.decision() == AppealDecision.DENY ? "DENIED" : "DECIDED",
                id(event.moderatorId()),
                text(event.reason(), REASON),
                timestamp(event.decidedAt(), at),
                appealId(event.appealId(), caseId));
        jdbc.update("UPDATE moderation_case SET version = ? WHERE case_id = ?", sequence, caseId);
    }

    // ----------------------------------------------------------------------------------------------- scoring --

    /** Recomputes the case's counts and score from its report rows; the rank key keeps the case's opening time. */
    private void rescore(String caseId) {
        List<Map<String, Object>> cases =
                jdbc.queryForList("SELECT subject_type, opened_at FROM moderation_case WHERE case_id = ?", caseId);
        if (cases.isEmpty()) {
            return;
        }
        ReportSubjectType type = ReportSubjectType.fromSlug(
                        (String) cases.get(0).get("subject_type"))
                .orElse(null);
        Instant openedAt = ((Timestamp) cases.get(0).get("opened_at")).toInstant();
        List<String> reasons = new ArrayList<>();
        List<PriorityScore.Report> reports = jdbc.query(
                """
                SELECT automated, reporter_id, reason, severity, accuracy_at_filing FROM moderation_report
                WHERE case_id = ? ORDER BY filed_at, report_id""",
                (rs, row) -> {
                    String reason = rs.getString(3);
                    reasons.add(reason);
                    double accuracy = rs.getDouble(5);
                    Double known = rs.wasNull() ? null : accuracy;
                    return new PriorityScore.Report(
                            rs.getBoolean(1), rs.getString(2), reason(reason), rs.getString(4), known);
                },
                caseId);
        PriorityScore score = PriorityScore.of(type, reports);
        String finding = score.automatedFinding();
        String severity = finding == null ? null : finding.substring(0, finding.indexOf(' '));
        jdbc.update(
                """
                UPDATE moderation_case SET reason = ?, report_count = ?, reporter_count = ?, highest_severity = ?,
                    report_points = ?, automated_points = ?, accuracy_points = ?, type_points = ?, base_score = ?,
                    rank_key = ?
                WHERE case_id = ?""",
                reasons.isEmpty() ? null : reasons.get(0),
                reports.size(),
                score.reporters(),
                severity,
                score.reportPoints(),
                score.automatedPoints(),
                score.accuracyPoints(),
                score.typePoints(),
                score.base(),
                PriorityScore.rankKey(score.base(), openedAt),
                caseId);
    }

    /**
     * The reporter's record when a report was filed: the share of their reports resolved before then that stood
     * upheld then (an appeal upheld later overturns it from then on). Null for fewer than three resolved.
     */
    private Double accuracyAsOf(String reporterId, String reportId, Instant filedAt) {
        if (reporterId == null || ModerationIds.SYSTEM_REPORTER.equals(reporterId)) {
            return null;
        }
        Timestamp at = Timestamp.from(filedAt);
        Map<String, Object> record = jdbc.queryForMap("""
                SELECT count(*) AS resolved,
                       count(*) FILTER (WHERE upheld AND (overturned_at IS NULL OR overturned_at > ?)) AS upheld
                FROM moderation_report
                WHERE reporter_id = ? AND report_id <> ? AND resolved_at IS NOT NULL AND resolved_at < ?""", at, reporterId, reportId, at);
        return PriorityScore.accuracy(
                ((Number) record.get("resolved")).longValue(), ((Number) record.get("upheld")).longValue());
    }

    /**
     * The case's reports were resolved or overturned at {@code at}: their reporters' records are recounted, and
     * their reports filed since (met earlier in a replay whose segments ran ahead) get their accuracy and their
     * cases' scores again.
     */
    private void reportersChanged(String caseId, Instant at) {
        List<String> reporters = jdbc.queryForList("""
                SELECT DISTINCT reporter_id FROM moderation_report
                WHERE case_id = ? AND NOT automated AND reporter_id IS NOT NULL""", String.class, caseId);
        for (String reporter : reporters) {
            jdbc.update("""
                    INSERT INTO moderation_reporter (reporter_id, resolved, upheld)
                    SELECT ?, count(*) FILTER (WHERE resolved_at IS NOT NULL),
                           count(*) FILTER (WHERE upheld AND overturned_at IS NULL)
                    FROM moderation_report WHERE reporter_id = ? AND NOT automated
                    ON CONFLICT (reporter_id) DO UPDATE SET resolved = excluded.resolved,
                        upheld = excluded.upheld""", reporter, reporter);
            List<Map<String, Object>> later = jdbc.queryForList("""
                    SELECT report_id, case_id, filed_at FROM moderation_report
                    WHERE reporter_id = ? AND NOT automated AND filed_at > ? ORDER BY filed_at""", reporter, Timestamp.from(at));
            for (Map<String, Object> report : later) {
                String reportId = (String) report.get("report_id");
                Double accuracy = accuracyAsOf(reporter, reportId, ((Timestamp) report.get("filed_at")).toInstant());
                jdbc.update(
                        "UPDATE moderation_report SET accuracy_at_filing = ? WHERE report_id = ?", accuracy, reportId);
                rescore((String) report.get("case_id"));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- sanitising --

    private static ReportReason reason(String name) {
        if (name == null) {
            return null;
        }
        try {
            return ReportReason.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return ReportReason.OTHER;
        }
    }

    private static String strikeId(String strikeId, String caseId) {
        String id = id(strikeId);
        if (id != null) {
            return id;
        }
        return caseId != null && ModerationIds.isValid(ModerationIds.CASE, caseId)
                ? ModerationIds.strikeOf(caseId)
                : null;
    }

    private static String appealId(String appealId, String caseId) {
        String id = id(appealId);
        if (id != null) {
            return id;
        }
        return caseId != null && ModerationIds.isValid(ModerationIds.CASE, caseId)
                ? ModerationIds.appealOf(caseId)
                : null;
    }

    private static String slug(ReportSubjectType type) {
        return type == null ? null : type.slug();
    }

    private static String id(String value) {
        return text(value, ID);
    }

    /** Without NUL (PostgreSQL stores none), at most {@code max} characters, never half a surrogate pair. */
    static String text(String value, int max) {
        if (value == null) {
            return null;
        }
        String clean = value.indexOf('\u0000') < 0 ? value : value.replace("\u0000", "");
        if (clean.length() <= max) {
            return clean;
        }
        int end = Character.isHighSurrogate(clean.charAt(max - 1)) ? max - 1 : max;
        return clean.substring(0, end);
    }

    /** The instant to the millisecond (the rank key's precision), or the event's own time when it has none. */
    private static Instant millis(Instant value, Instant fallback) {
        Instant at = value != null ? value : fallback != null ? fallback : Instant.EPOCH;
        return at.truncatedTo(ChronoUnit.MILLIS);
    }

    private static Timestamp timestamp(Instant value, Instant fallback) {
        Instant at = value != null ? value : fallback;
        return at == null ? null : Timestamp.from(at);
    }
}
