package org.muejam.query.content;

import org.muejam.query.gdpr.ExportRows;
import org.muejam.query.gdpr.ExportSection;
import org.muejam.query.gdpr.ExportSubject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The stories the person wrote, drafts and hidden ones included. */
@Component
public class StoriesExportSection implements ExportSection {

    private final JdbcTemplate jdbc;

    public StoriesExportSection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "stories";
    }

    @Override
    public Object export(ExportSubject subject) {
        return ExportRows.query(jdbc, """
                SELECT story_id, title, description, genre, tags, language, nsfw, status, moderation, chapter_count,
                       word_count, cover_image_id, created_at, updated_at, published_at
                FROM stories WHERE author_id = ? ORDER BY created_at, story_id""", subject.userId());
    }
}
