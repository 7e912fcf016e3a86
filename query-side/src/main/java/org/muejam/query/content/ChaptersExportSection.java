package org.muejam.query.content;

import org.muejam.query.gdpr.ExportRows;
import org.muejam.query.gdpr.ExportSection;
import org.muejam.query.gdpr.ExportSubject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The chapters of the person's stories, with their text. */
@Component
public class ChaptersExportSection implements ExportSection {

    private final JdbcTemplate jdbc;

    public ChaptersExportSection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "chapters";
    }

    @Override
    public Object export(ExportSubject subject) {
        return ExportRows.query(jdbc, """
                SELECT c.chapter_id, c.story_id, c.number, c.title, c.content, c.word_count, c.nsfw, c.added_at
                FROM chapters c JOIN stories s ON s.story_id = c.story_id
                WHERE s.author_id = ? ORDER BY c.story_id, c.number""", subject.userId());
    }
}
