package org.muejam.query.content;

import org.muejam.query.gdpr.ExportRows;
import org.muejam.query.gdpr.ExportSection;
import org.muejam.query.gdpr.ExportSubject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The whispers the person posted. */
@Component
public class WhispersExportSection implements ExportSection {

    private final JdbcTemplate jdbc;

    public WhispersExportSection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "whispers";
    }

    @Override
    public Object export(ExportSubject subject) {
        return ExportRows.query(jdbc, """
                SELECT whisper_id, content, moderation, posted_at
                FROM whispers WHERE author_id = ? ORDER BY posted_at, whisper_id""", subject.userId());
    }
}
