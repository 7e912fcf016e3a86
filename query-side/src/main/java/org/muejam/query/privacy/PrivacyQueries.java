package org.muejam.query.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.axonframework.queryhandling.QueryHandler;
import org.muejam.query.shared.ReadModelFreshness;
import org.muejam.shared.legal.DocumentType;
import org.muejam.shared.privacy.Audience;
import org.muejam.shared.privacy.ConsentHistoryResponse;
import org.muejam.shared.privacy.ConsentHistoryResponse.Entry;
import org.muejam.shared.privacy.FindConsentHistoryQuery;
import org.muejam.shared.privacy.FindPrivacySettingsQuery;
import org.muejam.shared.privacy.PrivacySettings;
import org.muejam.shared.privacy.PrivacySettingsChangedEvent;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Privacy settings as the last change committed them ({@code privacy_settings}, written in the change's own
 * transaction, so no read waits for a projection), who follows whom (the social read model), and a person's consent
 * history (the consents read model).
 */
@Component
public class PrivacyQueries {

    private final JdbcTemplate jdbc;
    private final ReadModelFreshness freshness;
    private final PrivacyReads reads;

    public PrivacyQueries(JdbcTemplate jdbc, ReadModelFreshness freshness) {
        this.jdbc = jdbc;
        this.freshness = freshness;
        this.reads = new PrivacyReads(jdbc);
    }

    @QueryHandler
    public PrivacySettings handle(FindPrivacySettingsQuery query) {
        return settingsOf(query.userId().value());
    }

    /** {@link PrivacySettings#DEFAULTS} for a person who never changed a setting. */
    public PrivacySettings settingsOf(String userId) {
        return reads.settingsOf(userId);
    }

    /** As {@link PrivacyReads#admits}. */
    public boolean admits(String viewerId, String ownerId, Function<PrivacySettings, Audience> setting) {
        return reads.admits(viewerId, ownerId, setting);
    }

    /**
     * Consents to legal documents (given; the account ends them) and every optional consent given or withdrawn,
     * oldest first. Waits (bounded) for the person's own last settings change and cookie choice.
     */
    @QueryHandler
    public ConsentHistoryResponse handle(FindConsentHistoryQuery query) {
        String userId = query.userId().value();
        freshness.awaitAggregate(ReadModels.CONSENTS, PrivacySettingsChangedEvent.streamOf(query.userId()));
        freshness.awaitAggregate(ReadModels.CONSENTS, "user:" + userId);
        List<Entry> entries = new ArrayList<>(jdbc.query(
                "SELECT document_type, version, consented_at FROM user_consent WHERE user_id = ? ORDER BY consented_at, event_id",
                (rs, i) -> new Entry(
                        rs.getString(1),
                        "GIVEN",
                        rs.getString(2),
                        "legal-document",
                        DocumentType.fromSlug(rs.getString(1))
                                .map(DocumentType::consentRequired)
                                .orElse(true),
                        rs.getTimestamp(3).toInstant()),
                userId));
        entries.addAll(jdbc.query(
                """
                SELECT purpose, status, source, recorded_at FROM consent_history WHERE user_id = ?
                ORDER BY recorded_at, event_id, purpose""",
                (rs, i) -> new Entry(
                        rs.getString(1),
                        rs.getString(2),
                        null,
                        rs.getString(3),
                        false,
                        rs.getTimestamp(4).toInstant()),
                userId));
        entries.sort(Comparator.comparing(Entry::at));
        return new ConsentHistoryResponse(List.copyOf(entries));
    }
}
