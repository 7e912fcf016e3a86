package org.muejam.query.legal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.muejam.shared.legal.DocumentType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Reads the legal-documents read model. The active version of a type is the one with the latest effective date
 * that has arrived; among equal dates, the one published last.
 */
@Component
public class LegalDocumentReader {

    public record LegalDocumentView(
            String type,
            String version,
            String content,
            LocalDate effectiveDate,
            java.time.Instant publishedAt,
            boolean active) {}

    private static final String ACTIVE = """
            SELECT DISTINCT ON (document_type) document_type, version, content, effective_date, published_at
            FROM legal_document_version WHERE effective_date <= ?
            ORDER BY document_type, effective_date DESC, published_at DESC""";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public LegalDocumentReader(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Map<DocumentType, LegalDocumentView> active() {
        Map<DocumentType, LegalDocumentView> active = new EnumMap<>(DocumentType.class);
        for (LegalDocumentView view : jdbc.query(ACTIVE, mapper(true), Date.valueOf(LocalDate.now(clock)))) {
            DocumentType.fromSlug(view.type()).ifPresent(type -> active.put(type, view));
        }
        return active;
    }

    public Optional<LegalDocumentView> active(DocumentType type) {
        return Optional.ofNullable(active().get(type));
    }

    /** Every version of a type, newest effective date first, each marked whether it is the active one. */
    public List<LegalDocumentView> versions(DocumentType type) {
        String activeVersion = active(type).map(LegalDocumentView::version).orElse(null);
        return jdbc.query(
                """
                SELECT document_type, version, content, effective_date, published_at FROM legal_document_version
                WHERE document_type = ? ORDER BY effective_date DESC, published_at DESC""",
                (rs, i) -> {
                    String version = rs.getString(2);
                    return new LegalDocumentView(
                            rs.getString(1),
                            version,
                            rs.getString(3),
                            rs.getDate(4).toLocalDate(),
                            rs.getTimestamp(5).toInstant(),
                            version.equals(activeVersion));
                },
                type.slug());
    }

    public boolean exists(DocumentType type, String version) {
        Integer count = jdbc.queryForObject(
                "SELECT count(*) FROM legal_document_version WHERE document_type = ? AND version = ?",
                Integer.class,
                type.slug(),
                version);
        return count != null && count > 0;
    }

    private static RowMapper<LegalDocumentView> mapper(boolean active) {
        return (rs, i) -> new LegalDocumentView(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getDate(4).toLocalDate(),
                rs.getTimestamp(5).toInstant(),
                active);
    }
}
