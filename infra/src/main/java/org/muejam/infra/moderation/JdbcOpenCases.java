package org.muejam.infra.moderation;

import org.muejam.command.moderation.OpenCases;
import org.muejam.shared.moderation.ReportSubjectType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One row per item with an open case. Taking it is one statement, so two first reports at the same time open one
 * case; the resolving action gives it back in its own transaction, so the row and the case never disagree for long.
 */
@Component
public class JdbcOpenCases implements OpenCases {

    private final JdbcTemplate jdbc;

    public JdbcOpenCases(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String claim(ReportSubjectType type, String subjectId, String proposed) {
        return jdbc.queryForObject("""
                INSERT INTO moderation_open_case (subject_type, subject_id, case_id) VALUES (?, ?, ?)
                ON CONFLICT (subject_type, subject_id) DO UPDATE SET case_id = moderation_open_case.case_id
                RETURNING case_id""", String.class, type.slug(), subjectId, proposed);
    }

    @Override
    public void release(ReportSubjectType type, String subjectId, String caseId) {
        jdbc.update(
                "DELETE FROM moderation_open_case WHERE subject_type = ? AND subject_id = ? AND case_id = ?",
                type.slug(),
                subjectId,
                caseId);
    }
}
