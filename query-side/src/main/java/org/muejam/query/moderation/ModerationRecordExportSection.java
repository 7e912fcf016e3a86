package org.muejam.query.moderation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.muejam.query.gdpr.ExportRows;
import org.muejam.query.gdpr.ExportSection;
import org.muejam.query.gdpr.ExportSubject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The moderation record about the person: the cases about them or their content with the reports in them (never
 * who filed those), their strikes and appeals, and the reports they filed themselves.
 */
@Component
public class ModerationRecordExportSection implements ExportSection {

    private final JdbcTemplate jdbc;

    public ModerationRecordExportSection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "moderation";
    }

    @Override
    public Object export(ExportSubject subject) {
        String userId = subject.userId();
        Map<String, Object> record = new LinkedHashMap<>();
        List<Map<String, Object>> cases = ExportRows.query(jdbc, """
                SELECT case_id, subject_type, subject_id, reason, status, report_count, opened_at, resolution_action,
                       resolution_reason, duration_days, resolved_at, reversed, reversed_at
                FROM moderation_case
                WHERE author_id = ? OR (subject_type = 'user' AND subject_id = ?)
                ORDER BY opened_at, case_id""", userId, userId);
        record.put(
                "casesAboutYou",
                cases.stream()
                        .map(found -> {
                            Map<String, Object> withReports = new LinkedHashMap<>(found);
                            withReports.put("reports", ExportRows.query(jdbc, """
                                            SELECT report_id, reason, details, automated, severity, filed_at, outcome,
                                                   outcome_action, resolved_at
                                            FROM moderation_report WHERE case_id = ? ORDER BY filed_at, report_id""", found.get("caseId")));
                            return withReports;
                        })
                        .toList());
        record.put("strikes", ExportRows.query(jdbc, """
                        SELECT strike_id, case_id, action, reason, subject_type, subject_id, appealable_until,
                               recorded_at, overruled
                        FROM moderation_strike WHERE author_id = ? ORDER BY recorded_at, strike_id""", userId));
        record.put("appeals", ExportRows.query(jdbc, """
                        SELECT appeal_id, case_id, strike_id, text, status, filed_at, decision_reason, decided_at
                        FROM moderation_appeal WHERE author_id = ? ORDER BY filed_at, appeal_id""", userId));
        record.put("reportsYouFiled", ExportRows.query(jdbc, """
                        SELECT r.report_id, r.case_id, c.subject_type, c.subject_id, r.reason, r.details, r.filed_at,
                               r.outcome, r.resolved_at
                        FROM moderation_report r JOIN moderation_case c ON c.case_id = r.case_id
                        WHERE r.reporter_id = ? ORDER BY r.filed_at, r.report_id""", userId));
        return record;
    }
}
