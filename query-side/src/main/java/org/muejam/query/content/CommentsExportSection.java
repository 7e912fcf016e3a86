package org.muejam.query.content;

import org.muejam.query.gdpr.ExportRows;
import org.muejam.query.gdpr.ExportSection;
import org.muejam.query.gdpr.ExportSubject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The comments the person posted, and what each answers. */
@Component
public class CommentsExportSection implements ExportSection {

    private final JdbcTemplate jdbc;

    public CommentsExportSection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "comments";
    }

    @Override
    public Object export(ExportSubject subject) {
        return ExportRows.query(jdbc, """
                SELECT comment_id, target_type, target_id, parent_id, content, moderation, posted_at
                FROM comments WHERE author_id = ? ORDER BY posted_at, comment_id""", subject.userId());
    }
}
