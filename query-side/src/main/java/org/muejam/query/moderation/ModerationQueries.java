package org.muejam.query.moderation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.muejam.query.shared.ReadModelFreshness;
import org.muejam.shared.moderation.FindModerationCaseQuery;
import org.muejam.shared.moderation.FindModerationStatsQuery;
import org.muejam.shared.moderation.ListModerationQueueQuery;
import org.muejam.shared.moderation.ListOwnReportsQuery;
import org.muejam.shared.moderation.ListStrikesQuery;
import org.muejam.shared.moderation.ModerationCaseResponse;
import org.muejam.shared.moderation.ModerationCaseResponse.ScoreFactor;
import org.muejam.shared.moderation.ModerationIds;
import org.muejam.shared.moderation.ModerationQueuePage;
import org.muejam.shared.moderation.ModerationStats;
import org.muejam.shared.moderation.OwnReportList;
import org.muejam.shared.moderation.PriorityScore;
import org.muejam.shared.moderation.StrikeList;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers from the moderation read model (decision 0035). The queue is one scan of the index on the rank key; the
 * score shown is the stored base plus the time in the queue as of the read, and a claim past its expiry is shown as
 * no claim even before its expiry event is stored.
 */
@Component
public class ModerationQueries {

    /** The author's earlier strikes shown with a case, newest first. */
    static final int MAX_AUTHOR_STRIKES = 100;
    /** Reports shown with one case; a case with more shows the first ones (the count says how many there are). */
    static final int MAX_CASE_REPORTS = 500;
    /** Moderators listed in the stats, most resolutions first. */
    static final int MAX_MODERATORS = 1000;

    private static final String QUEUE_COLUMNS = """
            SELECT case_id, subject_type, subject_id, reason, base_score, rank_key, report_count, status,
                   claimed_by, claim_expires_at, opened_at, version
            FROM moderation_case""";

    private final JdbcTemplate jdbc;
    private final ReadModelFreshness freshness;
    private final Clock clock;

    public ModerationQueries(JdbcTemplate jdbc, ReadModelFreshness freshness, Clock clock) {
        this.jdbc = jdbc;
        this.freshness = freshness;
        this.clock = clock;
    }

    @QueryHandler
    public ModerationQueuePage handle(ListModerationQueueQuery query) {
        Instant now = clock.instant();
        StringBuilder sql = new StringBuilder(QUEUE_COLUMNS + " WHERE status = 'OPEN'");
        List<Object> args = new ArrayList<>();
        if (query.afterRankKey() != null && query.afterOpenedAt() != null && query.afterCaseId() != null) {
            // rank descending, then age and id ascending: the bound on rank_key is the index's range
            sql.append(" AND rank_key <= ? AND (rank_key < ? OR (opened_at, case_id) > (?, ?))");
            args.add(query.afterRankKey());
            args.add(query.afterRankKey());
            args.add(Timestamp.from(query.afterOpenedAt()));
            args.add(query.afterCaseId());
        }
        sql.append(" ORDER BY rank_key DESC, opened_at, case_id LIMIT ?");
        args.add(query.limit() + 1);
        List<ModerationQueuePage.Entry> rows = jdbc.query(sql.toString(), (rs, row) -> entry(rs, now), args.toArray());
        boolean more = rows.size() > query.limit();
        return new ModerationQueuePage(more ? rows.subList(0, query.limit()) : rows, more);
    }

    private static ModerationQueuePage.Entry entry(ResultSet rs, Instant now) throws SQLException {
        Instant openedAt = instant(rs.getTimestamp(11));
        Instant expires = instant(rs.getTimestamp(10));
        boolean claimed = rs.getString(9) != null && (expires == null || expires.isAfter(now));
        return new ModerationQueuePage.Entry(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                round(PriorityScore.score(rs.getInt(5), openedAt, now)),
                rs.getDouble(6),
                rs.getInt(7),
                rs.getString(8),
                claimed ? rs.getString(9) : null,
                claimed ? expires : null,
                openedAt,
                rs.getLong(12));
    }

    @QueryHandler
    public Optional<ModerationCaseResponse> handle(FindModerationCaseQuery query) {
        String caseId = query.caseId();
        if (caseId != null && caseId.startsWith(ModerationIds.REPORT)) {
            List<String> owner = jdbc.queryForList(
                    "SELECT case_id FROM moderation_report WHERE report_id = ?", String.class, caseId);
            if (owner.isEmpty()) {
                return Optional.empty();
            }
            caseId = owner.get(0);
        }
        freshness.awaitAggregate(ReadModels.MODERATION, caseId);
        Instant now = clock.instant();
        List<ModerationCaseResponse> found = jdbc.query("""
                SELECT case_id, subject_type, subject_id, author_id, reason, status, version, report_count,
                       reporter_count, highest_severity, report_points, automated_points, accuracy_points,
                       type_points, base_score, opened_at, claimed_by, claim_expires_at, resolution_action,
                       resolved_by, resolution_reason, duration_days, resolved_at, reversed, reversed_at
                FROM moderation_case WHERE case_id = ?""", (rs, row) -> caseOf(rs, now), caseId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ModerationCaseResponse base = found.get(0);
        List<ModerationCaseResponse.Report> reports = jdbc.query(
                """
                SELECT report_id, reporter_id, reason, details, automated, severity, filed_at, accuracy_at_filing,
                       outcome
                FROM moderation_report WHERE case_id = ? ORDER BY filed_at, report_id LIMIT ?""",
                (rs, row) -> {
                    double accuracy = rs.getDouble(8);
                    Double known = rs.wasNull() ? null : accuracy;
                    return new ModerationCaseResponse.Report(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getBoolean(5),
                            rs.getString(6),
                            instant(rs.getTimestamp(7)),
                            known,
                            rs.getString(9));
                },
                base.caseId(),
                MAX_CASE_REPORTS);
        List<ModerationCaseResponse.Snapshot> firstAndLast = jdbc.query(
                """
                (SELECT report_id, filed_at, snapshot FROM moderation_report WHERE case_id = ?
                 ORDER BY filed_at, report_id LIMIT 1)
                UNION ALL
                (SELECT report_id, filed_at, snapshot FROM moderation_report WHERE case_id = ?
                 ORDER BY filed_at DESC, report_id DESC LIMIT 1)""",
                (rs, row) -> new ModerationCaseResponse.Snapshot(
                        rs.getString(1), instant(rs.getTimestamp(2)), rs.getString(3)),
                base.caseId(),
                base.caseId());
        ModerationCaseResponse.AsReported asReported = firstAndLast.isEmpty()
                ? null
                : new ModerationCaseResponse.AsReported(firstAndLast.get(0), firstAndLast.get(firstAndLast.size() - 1));
        List<ModerationCaseResponse.AuthorStrike> strikes = base.authorId() == null
                ? List.of()
                : jdbc.query(
                        """
                        SELECT strike_id, case_id, action, reason, recorded_at, overruled FROM moderation_strike
                        WHERE author_id = ? AND case_id <> ? ORDER BY recorded_at DESC, strike_id DESC LIMIT ?""",
                        (rs, row) -> new ModerationCaseResponse.AuthorStrike(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                instant(rs.getTimestamp(5)),
                                rs.getBoolean(6)),
                        base.authorId(),
                        base.caseId(),
                        MAX_AUTHOR_STRIKES);
        ModerationCaseResponse.Appeal appeal = jdbc
                .query(
                        """
                        SELECT appeal_id, strike_id, status, text, filed_at, decided_by, decision_reason, decided_at
                        FROM moderation_appeal WHERE case_id = ? ORDER BY filed_at DESC LIMIT 1""",
                        (rs, row) -> new ModerationCaseResponse.Appeal(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                instant(rs.getTimestamp(5)),
                                rs.getString(6),
                                rs.getString(7),
                                instant(rs.getTimestamp(8))),
                        base.caseId())
                .stream()
                .findFirst()
                .orElse(null);
        return Optional.of(new ModerationCaseResponse(
                base.caseId(),
                base.contentType(),
                base.contentId(),
                base.authorId(),
                base.reason(),
                base.status(),
                base.version(),
                base.priorityScore(),
                base.scoreExplanation(),
                base.scoreSummary(),
                base.claimedBy(),
                base.claimExpiresAt(),
                base.openedAt(),
                reports,
                asReported,
                strikes,
                base.resolution(),
                appeal));
    }

    private static ModerationCaseResponse caseOf(ResultSet rs, Instant now) throws SQLException {
        Instant openedAt = instant(rs.getTimestamp(16));
        Instant resolvedAt = instant(rs.getTimestamp(23));
        Instant expires = instant(rs.getTimestamp(18));
        boolean claimed = rs.getString(17) != null && resolvedAt == null && (expires == null || expires.isAfter(now));
        int base = rs.getInt(15);
        // a resolved case's time in the queue ended at its resolution
        Instant until = resolvedAt != null ? resolvedAt : now;
        double hours = PriorityScore.hours(openedAt, until);
        double timePoints = round(PriorityScore.timePoints(openedAt, until));
        String severity = rs.getString(10);
        List<ScoreFactor> factors = List.of(
                new ScoreFactor("reporters", reporters(rs.getInt(9)), rs.getInt(11)),
                new ScoreFactor(
                        "automated",
                        severity == null ? "no automated finding" : "gravest automated finding " + severity,
                        rs.getInt(12)),
                new ScoreFactor(
                        "reporterAccuracy", "records of reporters with 3 or more resolved reports", rs.getInt(13)),
                new ScoreFactor("contentType", String.valueOf(rs.getString(2)), rs.getInt(14)),
                new ScoreFactor("timeInQueue", String.format(Locale.ROOT, "%.1f hours", hours), timePoints));
        double score = round(base + timePoints);
        String summary = String.format(
                Locale.ROOT,
                "Score %.2f: %d for %d people reporting (%d each, at most %d counted), %d for the gravest automated"
                        + " finding (LOW 10, MEDIUM 25, HIGH 50, double for hate speech), %d for the reporters'"
                        + " records (from -%d to +%d each, once they have %d resolved reports), %d for the kind of"
                        + " item, and %.2f for %.1f hours in the queue (%.0f an hour).",
                score,
                rs.getInt(11),
                rs.getInt(9),
                PriorityScore.POINTS_PER_REPORTER,
                PriorityScore.MAX_COUNTED_REPORTERS,
                rs.getInt(12),
                rs.getInt(13),
                PriorityScore.MAX_ACCURACY_POINTS,
                PriorityScore.MAX_ACCURACY_POINTS,
                PriorityScore.MIN_RESOLVED_FOR_ACCURACY,
                rs.getInt(14),
                timePoints,
                hours,
                PriorityScore.POINTS_PER_HOUR);
        ModerationCaseResponse.Resolution resolution = resolvedAt == null
                ? null
                : new ModerationCaseResponse.Resolution(
                        rs.getString(19),
                        rs.getString(20),
                        rs.getString(21),
                        (Integer) rs.getObject(22),
                        resolvedAt,
                        rs.getBoolean(24),
                        instant(rs.getTimestamp(25)));
        return new ModerationCaseResponse(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getLong(7),
                score,
                factors,
                summary,
                claimed ? rs.getString(17) : null,
                claimed ? expires : null,
                openedAt,
                List.of(),
                null,
                List.of(),
                resolution,
                null);
    }

    @QueryHandler
    public ModerationStats handle(FindModerationStatsQuery query) {
        int days = Math.max(1, Math.min(query.days(), 366));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate first = today.minusDays(days - 1L);
        Timestamp since = Timestamp.from(first.atStartOfDay(ZoneOffset.UTC).toInstant());
        long open = jdbc.queryForObject("SELECT count(*) FROM moderation_case WHERE status = 'OPEN'", Long.class);
        Map<LocalDate, Long> perDay = new HashMap<>();
        jdbc.query(
                """
                SELECT (resolved_at AT TIME ZONE 'UTC')::date, count(*) FROM moderation_case
                WHERE resolved_at >= ? GROUP BY 1""",
                rs -> {
                    perDay.put(rs.getObject(1, LocalDate.class), rs.getLong(2));
                },
                since);
        List<ModerationStats.Day> resolvedPerDay = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            resolvedPerDay.add(new ModerationStats.Day(day, perDay.getOrDefault(day, 0L)));
        }
        Double median = jdbc.queryForObject("""
                SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM resolved_at - opened_at))
                FROM moderation_case WHERE resolved_at >= ?""", Double.class, since);
        List<ModerationStats.Moderator> moderators = jdbc.query(
                """
                SELECT resolved_by, count(*),
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM resolved_at - opened_at))
                FROM moderation_case WHERE resolved_at >= ? AND resolved_by IS NOT NULL
                GROUP BY resolved_by ORDER BY count(*) DESC, resolved_by LIMIT ?""",
                (rs, row) -> new ModerationStats.Moderator(rs.getString(1), rs.getLong(2), seconds(rs, 3)),
                since,
                MAX_MODERATORS);
        List<ModerationStats.Reason> reasons = jdbc.query(
                """
                SELECT coalesce(reason, 'OTHER'), count(*) FILTER (WHERE status = 'OPEN'),
                       count(*) FILTER (WHERE resolved_at >= ?)
                FROM moderation_case WHERE status = 'OPEN' OR resolved_at >= ?
                GROUP BY 1 ORDER BY 1""",
                (rs, row) -> new ModerationStats.Reason(rs.getString(1), rs.getLong(2), rs.getLong(3)),
                since,
                since);
        return new ModerationStats(
                open, days, resolvedPerDay, median == null ? null : round(median), moderators, reasons);
    }

    @QueryHandler
    public StrikeList handle(ListStrikesQuery query) {
        return new StrikeList(jdbc.query(
                """
                SELECT s.strike_id, s.case_id, s.action, s.reason, s.subject_type, s.subject_id, s.recorded_at,
                       s.appealable_until, s.overruled, a.appeal_id, a.status
                FROM moderation_strike s LEFT JOIN moderation_appeal a ON a.case_id = s.case_id
                WHERE s.author_id = ? ORDER BY s.recorded_at DESC, s.strike_id DESC LIMIT ?""",
                (rs, row) -> new StrikeList.Strike(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        instant(rs.getTimestamp(7)),
                        instant(rs.getTimestamp(8)),
                        rs.getBoolean(9),
                        rs.getString(10),
                        rs.getString(11)),
                query.authorId(),
                query.limit()));
    }

    @QueryHandler
    public OwnReportList handle(ListOwnReportsQuery query) {
        return new OwnReportList(jdbc.query(
                """
                SELECT r.report_id, r.case_id, c.subject_type, c.subject_id, r.reason, r.filed_at, c.status,
                       r.outcome, r.outcome_action
                FROM moderation_report r LEFT JOIN moderation_case c ON c.case_id = r.case_id
                WHERE r.reporter_id = ? ORDER BY r.filed_at DESC, r.report_id DESC LIMIT ?""",
                (rs, row) -> {
                    String status = rs.getString(7) == null ? "OPEN" : rs.getString(7);
                    boolean resolved = "RESOLVED".equals(status) && rs.getString(8) != null;
                    return new OwnReportList.OwnReport(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            instant(rs.getTimestamp(6)),
                            status,
                            resolved ? rs.getString(8) : null,
                            resolved ? rs.getString(9) : null);
                },
                query.reporterId(),
                query.limit()));
    }

    private static Double seconds(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : round(value);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static Instant instant(Timestamp value) {
        return value == null ? null : value.toInstant();
    }

    private static String reporters(int count) {
        return count == 1 ? "1 person reported it" : count + " people reported it";
    }
}
