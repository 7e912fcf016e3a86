package org.muejam.query.social;

import org.muejam.query.gdpr.ExportRows;
import org.muejam.query.gdpr.ExportSection;
import org.muejam.query.gdpr.ExportSubject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** What the person likes. */
@Component
public class LikesExportSection implements ExportSection {

    private final JdbcTemplate jdbc;

    public LikesExportSection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "likes";
    }

    @Override
    public Object export(ExportSubject subject) {
        return ExportRows.query(
                jdbc,
                "SELECT target_type, target_id, liked_at FROM likes WHERE user_id = ? ORDER BY liked_at, target_id",
                subject.userId());
    }
}
