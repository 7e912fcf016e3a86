package org.muejam.query.legal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.muejam.query.shared.ReadModelFreshness;
import org.muejam.shared.legal.CountLegalDocumentVersionsQuery;
import org.muejam.shared.legal.DocumentType;
import org.muejam.shared.legal.FindActiveLegalDocumentQuery;
import org.muejam.shared.legal.LegalDocumentResponse;
import org.muejam.shared.legal.ListActiveLegalDocumentsQuery;
import org.muejam.shared.legal.ListLegalDocumentVersionsQuery;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Answers from the legal-documents read model. The active version of a type is the one with the latest effective
 * date that has arrived; among equal dates, the one published last.
 */
@Component
public class LegalDocumentQueries {

    private static final String ACTIVE = """
            SELECT DISTINCT ON (document_type) document_type, version, content, effective_date, published_at
            FROM legal_document_version WHERE effective_date <= ?
            ORDER BY document_type, effective_date DESC, published_at DESC""";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ReadModelFreshness freshness;

    public LegalDocumentQueries(JdbcTemplate jdbc, Clock clock, ReadModelFreshness freshness) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.freshness = freshness;
    }

    @QueryHandler
    public Optional<LegalDocumentResponse> handle(FindActiveLegalDocumentQuery query) {
        return Optional.ofNullable(active().get(query.type()));
    }

    /** Every version of a type, newest effective date first, each marked whether it is the active one. */
    @QueryHandler
    public List<LegalDocumentResponse> handle(ListLegalDocumentVersionsQuery query) {
        String activeVersion = Optional.ofNullable(active().get(query.type()))
                .map(LegalDocumentResponse::version)
                .orElse(null);
        return jdbc.query(
                """
                SELECT document_type, version, content, effective_date, published_at FROM legal_document_version
                WHERE document_type = ? ORDER BY effective_date DESC, published_at DESC""",
                (rs, i) -> {
                    String version = rs.getString(2);
                    return new LegalDocumentResponse(
                            rs.getString(1),
                            version,
                            rs.getString(3),
                            rs.getDate(4).toLocalDate(),
                            rs.getTimestamp(5).toInstant(),
                            version.equals(activeVersion));
                },
                query.type().slug());
    }

    /** As published so far: a registration right after a new version is published must accept that version. */
    @QueryHandler
    public List<LegalDocumentResponse> handle(ListActiveLegalDocumentsQuery query) {
        for (DocumentType type : DocumentType.values()) {
            freshness.awaitAggregate(ReadModels.LEGAL_DOCUMENTS, type.toString());
        }
        return List.copyOf(active().values());
    }

    /** As published so far: a version published a moment ago can be accepted at once. */
    @QueryHandler
    public Integer handle(CountLegalDocumentVersionsQuery query) {
        freshness.awaitAggregate(ReadModels.LEGAL_DOCUMENTS, query.type().toString());
        return jdbc.queryForObject(
                "SELECT count(*) FROM legal_document_version WHERE document_type = ? AND version = ?",
                Integer.class,
                query.type().slug(),
                query.version());
    }

    /** The active version of each type that has one, without waiting for the read model. */
    Map<DocumentType, LegalDocumentResponse> active() {
        Map<DocumentType, LegalDocumentResponse> active = new EnumMap<>(DocumentType.class);
        for (LegalDocumentResponse view : jdbc.query(ACTIVE, ACTIVE_ROW, Date.valueOf(LocalDate.now(clock)))) {
            DocumentType.fromSlug(view.type()).ifPresent(type -> active.put(type, view));
        }
        return active;
    }

    private static final RowMapper<LegalDocumentResponse> ACTIVE_ROW = (rs, i) -> new LegalDocumentResponse(
            rs.getString(1),
            rs.getString(2),
            rs.getString(3),
            rs.getDate(4).toLocalDate(),
            rs.getTimestamp(5).toInstant(),
            true);
}
