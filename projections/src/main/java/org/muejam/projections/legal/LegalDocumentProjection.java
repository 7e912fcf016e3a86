package org.muejam.projections.legal;

import java.sql.Date;
import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.muejam.shared.legal.LegalDocumentPublishedEvent;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Every published version of every legal document; upserts, so a replay rewrites rows in place. */
@Component
@ProcessingGroup(LegalDocumentProjection.NAME)
public class LegalDocumentProjection {

    public static final String NAME = ReadModels.LEGAL_DOCUMENTS;

    private final JdbcTemplate jdbc;

    public LegalDocumentProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(LegalDocumentPublishedEvent event) {
        jdbc.update(
                """
                INSERT INTO legal_document_version (document_type, version, content, effective_date, published_at)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (document_type, version) DO UPDATE SET content = excluded.content,
                    effective_date = excluded.effective_date, published_at = excluded.published_at""",
                event.type().slug(),
                event.version(),
                event.content(),
                Date.valueOf(event.effectiveDate()),
                Timestamp.from(event.publishedAt()));
    }
}
