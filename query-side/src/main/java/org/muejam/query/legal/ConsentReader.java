package org.muejam.query.legal;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the consents read model. */
@Component
public class ConsentReader {

    private final JdbcTemplate jdbc;

    public ConsentReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean hasAccepted(String userId, String documentType, String version) {
        Integer count = jdbc.queryForObject(
                "SELECT count(*) FROM user_consent WHERE user_id = ? AND document_type = ? AND version = ?",
                Integer.class,
                userId,
                documentType,
                version);
        return count != null && count > 0;
    }

    public record ConsentView(String type, String version, java.time.Instant consentedAt) {}

    public List<ConsentView> history(String userId) {
        return jdbc.query(
                """
                SELECT document_type, version, consented_at FROM user_consent WHERE user_id = ?
                ORDER BY consented_at, event_id""",
                (rs, i) -> new ConsentView(
                        rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()),
                userId);
    }
}
