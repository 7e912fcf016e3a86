package org.muejam.query.legal;

import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.muejam.query.shared.ReadModelFreshness;
import org.muejam.shared.legal.ConsentStatusResponse;
import org.muejam.shared.legal.ConsentStatusResponse.AcceptedDocument;
import org.muejam.shared.legal.ConsentStatusResponse.PendingDocument;
import org.muejam.shared.legal.FindConsentStatusQuery;
import org.muejam.shared.personaldata.PersonalDataVault;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers from the consents read model, against the legal documents in effect; the address and client of each
 * consent are opened with the person's key ({@code [erased]} once it is gone).
 */
@Component
public class ConsentQueries {

    private final JdbcTemplate jdbc;
    private final LegalDocumentQueries documents;
    private final ReadModelFreshness freshness;
    private final PersonalDataVault vault;

    public ConsentQueries(
            JdbcTemplate jdbc, LegalDocumentQueries documents, ReadModelFreshness freshness, PersonalDataVault vault) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.freshness = freshness;
        this.vault = vault;
    }

    /** The active documents that need the person's consent and have not had it (new versions included). */
    @QueryHandler
    public ConsentStatusResponse handle(FindConsentStatusQuery query) {
        String userId = query.userId();
        // a consent the person just gave shows here, whichever node projects it
        freshness.awaitAggregate(ReadModels.CONSENTS, userId);
        List<PendingDocument> pending = documents.active().entrySet().stream()
                .filter(e -> e.getKey().consentRequired())
                .filter(e ->
                        !hasAccepted(userId, e.getKey().slug(), e.getValue().version()))
                .map(e -> new PendingDocument(e.getKey().slug(), e.getValue().version()))
                .toList();
        return new ConsentStatusResponse(pending, history(userId));
    }

    private boolean hasAccepted(String userId, String documentType, String version) {
        Integer count = jdbc.queryForObject(
                "SELECT count(*) FROM user_consent WHERE user_id = ? AND document_type = ? AND version = ?",
                Integer.class,
                userId,
                documentType,
                version);
        return count != null && count > 0;
    }

    private List<AcceptedDocument> history(String userId) {
        return jdbc.query(
                """
                SELECT document_type, version, consented_at, ip_address, user_agent FROM user_consent
                WHERE user_id = ? ORDER BY consented_at, event_id""",
                (rs, i) -> new AcceptedDocument(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        vault.open(userId, rs.getString(4)),
                        vault.open(userId, rs.getString(5))),
                userId);
    }
}
