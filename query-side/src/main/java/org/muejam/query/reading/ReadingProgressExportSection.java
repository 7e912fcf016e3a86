package org.muejam.query.reading;

import org.muejam.query.gdpr.ExportRows;
import org.muejam.query.gdpr.ExportSection;
import org.muejam.query.gdpr.ExportSubject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Where the person is in each story they read (their reading history). */
@Component
public class ReadingProgressExportSection implements ExportSection {

    private final JdbcTemplate jdbc;

    public ReadingProgressExportSection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "readingProgress";
    }

    @Override
    public Object export(ExportSubject subject) {
        return ExportRows.query(jdbc, """
                SELECT story_id, chapter_id, percent, updated_at FROM reading_progress WHERE reader_id = ?
                ORDER BY updated_at, story_id""", subject.userId());
    }
}
